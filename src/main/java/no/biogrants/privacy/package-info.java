/**
 * Personal data (personopplysninger): what the system keeps about people, and a person's rights to
 * see it and have it erased (GDPR art. 15, 17, 20), run by an administrator on the person's
 * request.
 *
 * <ul>
 *   <li><b>PRIV-G1</b> Kept to what the rules need: participants are counted (participants, laid
 *       off, apprentices per plan line; participants and hours in the final report), never named.
 *       The people named are the company's contact persons (name, e-mail, phone), the training
 *       committee's two representatives, the auditor on a final report, and the users themselves
 *       (display name). Participant lists go only as the company's PDF attachments.
 *   <li><b>PRIV-G2</b> Shown only to those who need it: contact persons to the company's
 *       representatives and to the county's caseworkers of its cases; the committee and the auditor
 *       on the case pages of the company and the county. Analysts' reports and exports carry no
 *       names.
 *   <li><b>PRIV-G3</b> The audit trail records who acted by username (a pseudonym needed to account
 *       for decisions) and never contact persons' names, e-mails or phones: a company change
 *       records only that its contacts changed (how many, and a fingerprint).
 *   <li><b>PRIV-G4</b> Find: by e-mail (exact, any case) or full name (exact after trimming, any
 *       case), every place a person is named, with what is stored there. A county administrator
 *       sees only the places in the county's companies and cases; a national one all.
 *   <li><b>PRIV-G5</b> Export: the same as a JSON document (UTF-8), to hand to the person.
 *   <li><b>PRIV-G6</b> Erase: every place found is overwritten in one transaction: a contact
 *       becomes "Slettet kontaktperson" with a placeholder e-mail and no phone (the company keeps a
 *       contact slot, so its profile stays valid), a committee member or an auditor "[slettet]", an
 *       applicant user's display name "Slettet bruker" and the user is deactivated. Money (ledger
 *       entries, payments), decisions, letters already stored, scores and status history are not
 *       touched: they are kept by the county's duty to document its cases (GDPR art. 17(3)(b)).
 *       County staff are not erased here (their names are kept with their decisions). Each erased
 *       place gets an audit line PERSONAL_DATA_ERASED with the reason and what kind of data, never
 *       the data itself.
 * </ul>
 */
package no.biogrants.privacy;
