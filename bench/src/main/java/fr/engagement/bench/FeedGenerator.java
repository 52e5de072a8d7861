package fr.engagement.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes an XML feed in the format of the reference (§2.1) with {@code count} missions, streamed to a file: the
 * import benchmark serves it to the application the way a partner's server would.
 */
final class FeedGenerator {

    private FeedGenerator() {}

    static long write(Path file, int count, Communes communes) throws IOException {
        Random random = new Random(11);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<source>\n<publisher>Annonceur du banc d'essai"
                    + "</publisher>\n");
            for (int i = 0; i < count; i++) {
                int commune = communes.draw(random);
                String domain = CatalogueGenerator.DOMAINS[random.nextInt(CatalogueGenerator.DOMAINS.length)];
                w.write("<mission>");
                element(w, "clientId", "feed-" + i);
                element(w, "title", CatalogueGenerator.TITLES[random.nextInt(CatalogueGenerator.TITLES.length)]
                        + " (" + communes.name[commune] + ")");
                w.write("<description><![CDATA[<p>Mission générée pour le banc d'essai d'import : accueillir,"
                        + " accompagner, orienter les personnes.</p><ul><li>Formation assurée</li></ul>]]>"
                        + "</description>");
                element(w, "applicationUrl", "https://annonceur.example.org/missions/" + i);
                element(w, "postedAt", "2026-01-01T00:00:00Z");
                element(w, "startAt", "2026-0" + (1 + random.nextInt(9)) + "-15");
                element(w, "endAt", "2027-06-30");
                element(w, "domain", domain);
                element(w, "activity", CatalogueGenerator.ACTIVITIES[random.nextInt(
                        CatalogueGenerator.ACTIVITIES.length)].toLowerCase(java.util.Locale.ROOT));
                element(w, "places", String.valueOf(1 + random.nextInt(5)));
                element(w, "remote", random.nextInt(10) == 0 ? "possible" : "no");
                element(w, "openToMinors", random.nextBoolean() ? "yes" : "no");
                element(w, "tags", "bénévolat,banc d'essai");
                w.write("<addresses><address>");
                element(w, "street", (1 + random.nextInt(120)) + " rue de la République");
                element(w, "postalCode", communes.postalCode[commune]);
                element(w, "city", communes.name[commune]);
                element(w, "country", "FR");
                w.write("</address></addresses>");
                element(w, "organizationName", "Association " + (i % 5000));
                element(w, "organizationClientId", "org-" + (i % 5000));
                element(w, "organizationStatusJuridique", "Association");
                w.write("</mission>\n");
            }
            w.write("</source>\n");
        }
        return Files.size(file);
    }

    private static void element(BufferedWriter w, String name, String value) throws IOException {
        w.write('<');
        w.write(name);
        w.write('>');
        w.write(value.replace("&", "&amp;").replace("<", "&lt;"));
        w.write("</");
        w.write(name);
        w.write('>');
    }
}
