package no.biogrants.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A key a user's own tools use to read the REST API as that user. Only its SHA-256 hash is stored
 * (the key is long and random, so a plain hash is enough; no salt or slow hash needed).
 */
@Entity
@Table(name = "api_key")
@NamedQuery(
    name = "ApiKey.byHash",
    query = "SELECT k FROM ApiKey k WHERE k.keyHash = :hash AND k.revokedAt IS NULL")
@NamedQuery(
    name = "ApiKey.ofUser",
    query = "SELECT k FROM ApiKey k WHERE k.userId = :userId ORDER BY k.createdAt DESC, k.id DESC")
public class ApiKey {

  public static final int LABEL_MAXLENGTH = 120;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false)
  private Long userId;

  @Column(name = "key_hash", nullable = false, length = 64)
  private String keyHash;

  @Column(name = "label", nullable = false, length = LABEL_MAXLENGTH)
  private String label;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiKey() {}

  public ApiKey(Long userId, String key, String label, Instant createdAt) {
    this.userId = userId;
    this.keyHash = hash(key);
    this.label = label;
    this.createdAt = createdAt;
  }

  public static String hash(String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The key stops working at once: {@code ApiKey.byHash} finds only keys not revoked. */
  void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public Long getId() {
    return id;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public Long getUserId() {
    return userId;
  }

  public String getLabel() {
    return label;
  }
}
