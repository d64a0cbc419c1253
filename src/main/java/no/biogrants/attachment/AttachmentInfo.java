package no.biogrants.attachment;

import java.time.Instant;

/** An attachment as lists show it: everything but the content. */
public record AttachmentInfo(
    Long id,
    AttachmentKind kind,
    String fileName,
    long sizeBytes,
    String sha256,
    String uploadedBy,
    Instant uploadedAt) {}
