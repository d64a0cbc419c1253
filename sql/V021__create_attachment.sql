-- Attachments (vedlegg): PDF documents stored with what they belong to, an application now, later
-- a payment request or an appeal (owner_type + owner_id; no foreign key, as the owner's table
-- depends on its type). The content is kept as uploaded, with its size and SHA-256.
CREATE TABLE attachment (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  owner_type   VARCHAR(20)  NOT NULL,
  owner_id     BIGINT       NOT NULL,
  kind         VARCHAR(30)  NOT NULL,
  file_name    VARCHAR(200) NOT NULL,
  content      LONGBLOB     NOT NULL,
  size_bytes   BIGINT       NOT NULL,
  sha256       CHAR(64)     NOT NULL,
  uploaded_by  VARCHAR(80)  NOT NULL,
  uploaded_at  DATETIME(6)  NOT NULL,
  CONSTRAINT ck_attachment_size CHECK (size_bytes > 0)
);

CREATE INDEX ix_attachment_owner ON attachment (owner_type, owner_id);
