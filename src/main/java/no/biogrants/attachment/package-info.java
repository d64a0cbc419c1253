/**
 * Attachments (vedlegg): PDF documents stored with what they belong to, reusable by any page
 * through {@code WEB-INF/includes/attachments.xhtml} (params ownerType, ownerId, editable, kinds,
 * optional formId) and downloaded from {@code /attachments/{id}}.
 *
 * <p>Use cases: an applicant attaches the training plan, annual accounts and other documents to an
 * application, lists and deletes them while it may be edited; the county reads them on the case.
 * Later the same component carries payment requests' participant lists, invoices and auditor's
 * attestations, and appeals' documents.
 *
 * <ul>
 *   <li><b>ATT-A1</b> PDF by content: the bytes start with {@code %PDF-} and PDFBox can open them
 *       as a document with at least one page. The file name, its extension and the browser's
 *       content type are never trusted ({@code accept} on the upload field is only a hint to the
 *       picker).
 *   <li><b>ATT-A2</b> Size: at least one byte (an empty file is refused as such) and at most {@code
 *       bio.attachments.max-bytes} (default 10 MB = 10 485 760 bytes); the refusal gives both sizes
 *       in MB. The size is checked before the upload's bytes are read.
 *   <li><b>ATT-A3</b> Encrypted or password-protected PDFs are refused, also those that open
 *       without a password but carry restrictions: the county must be able to read, print and
 *       archive them.
 *   <li><b>ATT-A4</b> Stored in the database with the owner (type + id), the kind ({@link
 *       no.biogrants.attachment.AttachmentKind}), size, SHA-256, who and when. The file name as
 *       given, made safe ({@link no.biogrants.attachment.FileNames}): no folder part, no control or
 *       invisible formatting characters, none of {@code " * : < > ? | ; %}, at most 200 characters,
 *       always ending in ".pdf".
 *   <li><b>ATT-A5</b> Access, as for the owner's pages: the representatives of the application's
 *       company read, add and delete; the county's caseworkers and approvers read once the
 *       application is submitted (the checks of {@code Applications.own} and {@code
 *       Assessments.caseOf}). Anyone else is answered 404, also on the download URL.
 *   <li><b>ATT-A6</b> Adding and deleting only while the owner may be edited: an application's own
 *       documents as DRAFT or AWAITING_APPLICANT (so an answer to the county's question can bring
 *       documents); the payment documents (participant list, invoices, auditor's attestation) while
 *       the grant is being paid (ACCEPTED, IN_PROGRESS, FINAL_REPORTED). They belong to the
 *       application, and the caseworker reads them on the payments page.
 *   <li><b>ATT-A7</b> Every add, read (download) and delete is audited on the owner (so it shows in
 *       the case's audit trail) with the attachment's id, kind, name, size and SHA-256.
 *   <li><b>ATT-A8</b> Download: {@code application/pdf}, {@code Content-Disposition: attachment}
 *       (never shown inline), {@code X-Content-Type-Options: nosniff}, not cached.
 *   <li><b>ATT-A9</b> An appeal's documents (owner type APPEAL, kind OTHER) are read and added like
 *       its application's (ATT-A5); the company adds and deletes them while the appeal is open (no
 *       outcome yet), also after it was forwarded to the appeal body. Owner type PAYMENT_REQUEST is
 *       not used: payment documents go with the application (ATT-A6) and are refused like an
 *       unknown owner.
 *   <li><b>ATT-A10</b> Active content is refused, each with a message saying what was found and
 *       what to do: JavaScript (an action of type JavaScript anywhere, a {@code /JS} entry, the
 *       names tree of document scripts), launch actions, embedded files (the names tree, file
 *       specifications with {@code /EF}, file-attachment annotations) and XFA forms. Every object
 *       reachable from the trailer is looked at ({@code PdfActiveContent}), not only the catalog's
 *       {@code /OpenAction}, so a script on a page's link or a form field is found too.
 * </ul>
 *
 * <p>Dependencies: attachment knows its owners only as {@link
 * no.biogrants.attachment.AttachmentOwner}s, which the owning features implement (an application's
 * and an appeal's in casework), so the features that attach documents use attachment and not the
 * other way round (grantapplication, casework → attachment).
 *
 * <p>Limits outside the rule: the Faces servlet refuses any upload above 50 MB outright (web.xml
 * multipart-config, against abuse); MariaDB's max_allowed_packet (16 MB by default) must stay above
 * the configured limit. Out of scope: virus scanning, versions of a document.
 */
package no.biogrants.attachment;
