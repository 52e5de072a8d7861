import fr.engagement.testing.EmbeddedDatabase;
import java.io.File;

/** Starts the embedded MariaDB of the tests on a port, data under a directory, until killed. */
public class EmbeddedDb {
    public static void main(String[] args) throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.start(Integer.parseInt(args[0]), new File(args[1]));
        System.out.println("DB up: " + db.jdbcUrl());
        Thread.sleep(Long.MAX_VALUE);
    }
}
