package fr.engagement.partners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A mission an import refused, with the reason the partner reads (the mission's statusComment). */
@Entity
@Table(name = "feed_import_refusal")
@NamedQuery(name = FeedImportRefusal.OF_IMPORT, query = "SELECT r FROM FeedImportRefusal r"
        + " WHERE r.importId = :import ORDER BY r.id")
public class FeedImportRefusal implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_IMPORT = "FeedImportRefusal.ofImport";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "import_id", nullable = false, updatable = false)
    private long importId;

    @Column(name = "client_id")
    private String clientId;

    private String title;

    @Column(nullable = false)
    private String reason;

    protected FeedImportRefusal() {}

    public FeedImportRefusal(long importId, String clientId, String title, String reason) {
        this.importId = importId;
        this.clientId = clientId;
        this.title = title == null || title.length() <= 1000 ? title : title.substring(0, 1000);
        this.reason = reason;
    }

    public Long getId() { return id; }
    public long getImportId() { return importId; }
    public String getClientId() { return clientId; }
    public String getTitle() { return title; }
    public String getReason() { return reason; }
}
