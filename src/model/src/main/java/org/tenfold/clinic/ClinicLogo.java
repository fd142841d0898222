package org.tenfold.clinic;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tenfold.privacy.NotMemberRecord;

/** The clinic's logo (PNG or JPEG) for the letterhead; there is at most one, with id 1. */
@NotMemberRecord("the clinic's logo")
@Entity
@Table(name = "clinic_logo")
public class ClinicLogo {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "content_type", nullable = false, length = 32)
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "bytes", nullable = false)
    private byte[] bytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    protected ClinicLogo() {
    }

    public ClinicLogo(String contentType, byte[] bytes, String sha256, Instant at, String by) {
        this.id = ID;
        replace(contentType, bytes, sha256, at, by);
    }

    public final void replace(String contentType, byte[] bytes, String sha256, Instant at, String by) {
        this.contentType = contentType;
        this.bytes = bytes.clone();
        this.sha256 = sha256;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public int getId() { return id; }
    public String getContentType() { return contentType; }
    public byte[] getBytes() { return bytes == null ? null : bytes.clone(); }
    public String getSha256() { return sha256; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
}
