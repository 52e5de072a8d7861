package fr.engagement.demo.control;

import fr.engagement.accounts.control.Passwords;
import fr.engagement.demo.control.DemoAccounts.DemoAccount;
import fr.engagement.partners.boundary.CatalogueBackfill;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo at startup, after the schema migration, when {@code app.demo-data=true} and no account exists
 * yet: a second start on the same database keeps what people did in the first. Never on by default.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "app.demo-data", defaultValue = "false")
    boolean enabled;

    @EJB
    DemoLoader loader;

    @EJB
    CatalogueBackfill catalogue;

    @Inject
    Passwords passwords;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        if (loader.hasAccounts()) {
            LOG.info("Demo data: accounts exist already, nothing loaded.");
            return;
        }
        long start = System.nanoTime();
        Cast cast = loader.organisations(hashes());
        String summary = loader.activity(cast);
        // the demo writes its missions as entities, without the boundaries' events: project them now, so the
        // catalogue is complete when the first page is served
        int projected = catalogue.run();
        LOG.info(() -> String.format("Demo data loaded in %.1f s: %s. Showcase accounts: docs/demo-accounts.md;"
                + " supporting accounts (e.g. %s) share the password %s.", (System.nanoTime() - start) / 1e9,
                summary + ", " + projected + " platform missions in the catalogue", loader.someSupportingEmail(cast),
                DemoAccounts.SUPPORTING_PASSWORD));
    }

    /** PBKDF2 costs about 0.2 s a hash: each distinct password is hashed once, and accounts share the string. */
    private Map<String, String> hashes() {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (DemoAccount a : DemoAccounts.SHOWCASE) {
            hashes.computeIfAbsent(a.password(), passwords::hash);
        }
        hashes.computeIfAbsent(DemoAccounts.SUPPORTING_PASSWORD, passwords::hash);
        return hashes;
    }
}
