package fr.engagement.it;

import fr.engagement.it.support.As;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of every in-container test: the WAR the build produced (the very artifact that ships), plus the
 * test classes, the test-only beans of {@code fr.engagement.it.support} and the test libraries that Payara lacks.
 */
public final class Deployments {

    private Deployments() {}

    public static WebArchive application(Class<?>... testClasses) {
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, file("it.war"));
        war.addClasses(testClasses);
        war.addClass(Deployments.class);
        war.addPackage(As.class.getPackage());
        // failsafe names each library the in-container code needs (AssertJ, GreenMail and its SLF4J API) it.lib.*,
        // with the path maven-dependency-plugin's "properties" goal found for it: no resolver needed here
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("it.lib."))
                .sorted()
                .forEach(name -> war.addAsLibrary(file(name)));
        return war;
    }

    private static File file(String property) {
        String path = System.getProperty(property);
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("System property " + property + " must name a file (set by failsafe in "
                    + "web/pom.xml; run the tests through Maven): " + path);
        }
        return new File(path);
    }
}
