package fr.engagement.territory.control;

import fr.engagement.territory.control.TerritoryCsv.ArrondissementRow;
import fr.engagement.territory.control.TerritoryCsv.CommuneRow;
import fr.engagement.territory.control.TerritoryCsv.DepartmentRow;
import fr.engagement.territory.control.TerritoryCsv.RegionRow;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Flyway migration 1.1: loads regions, departments, communes with their postal codes, and the arrondissements of
 * Paris, Lyon and Marseille from the CSV files under {@code /territory/} into the tables of V1, with plain JDBC
 * batches on the migration's connection and transaction (about 70,000 rows).
 *
 * <p>Registered explicitly ({@code Flyway.configure().javaMigrations(new TerritoryDataMigration())}): its class name
 * does not follow Flyway's {@code V1_1__...} convention, so it implements {@link JavaMigration} rather than
 * extending {@code BaseJavaMigration}, which would reject the name.
 *
 * <p>The checksum covers the data files: like an edited SQL migration, changed files make {@code validate} fail on
 * a database loaded from the old ones. New data (next year's communes) goes in a new migration.
 */
public class TerritoryDataMigration implements JavaMigration {

    static final Logger LOG = Logger.getLogger(TerritoryDataMigration.class.getName());

    /**
     * Rows per JDBC batch: large enough that the driver sends few round trips (MariaDB Connector/J pipelines or
     * bulk-sends a batch; with rewriteBatchedStatements-style drivers it becomes one multi-row INSERT), small
     * enough to stay far below max_allowed_packet.
     */
    static final int BATCH_SIZE = 1000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("1.1");
    }

    @Override
    public String getDescription() {
        return "territory data";
    }

    /** Over the files' lines, not their bytes, so that a checkout with other line endings gives the same value. */
    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        for (String file : TerritoryCsv.FILES) {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(TerritoryCsv.open(file), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    crc.update(line.getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        long start = System.nanoTime();
        Connection connection = context.getConnection();
        List<RegionRow> regions = TerritoryCsv.regions();
        List<DepartmentRow> departments = TerritoryCsv.departments();
        List<CommuneRow> communes = TerritoryCsv.communes();
        List<ArrondissementRow> arrondissements = TerritoryCsv.arrondissements();

        // parents before children: the foreign keys are checked row by row
        insert(connection, "INSERT INTO region (code, name) VALUES (?, ?)", regions, (statement, region) -> {
            statement.setString(1, region.code());
            statement.setString(2, region.name());
        });
        insert(connection, "INSERT INTO department (code, name, region_code) VALUES (?, ?, ?)", departments,
                (statement, department) -> {
                    statement.setString(1, department.code());
                    statement.setString(2, department.name());
                    statement.setString(3, department.regionCode());
                });
        insert(connection, "INSERT INTO commune (insee_code, name, department_code, region_code, population, latitude, longitude)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", communes, (statement, commune) -> {
                    statement.setString(1, commune.inseeCode());
                    statement.setString(2, commune.name());
                    statement.setString(3, commune.departmentCode());
                    statement.setString(4, commune.regionCode());
                    setInteger(statement, 5, commune.population());
                    setDouble(statement, 6, commune.latitude());
                    setDouble(statement, 7, commune.longitude());
                });
        List<Map.Entry<String, String>> communePostalCodes = communes.stream()
                .flatMap(commune -> commune.postalCodes().stream().map(code -> Map.entry(code, commune.inseeCode())))
                .toList();
        insert(connection, "INSERT INTO commune_postal_code (postal_code, insee_code) VALUES (?, ?)", communePostalCodes,
                TerritoryDataMigration::setPair);
        insert(connection, "INSERT INTO arrondissement (insee_code, name, commune_insee_code, population, latitude, longitude)"
                + " VALUES (?, ?, ?, ?, ?, ?)", arrondissements, (statement, arrondissement) -> {
                    statement.setString(1, arrondissement.inseeCode());
                    statement.setString(2, arrondissement.name());
                    statement.setString(3, arrondissement.communeCode());
                    setInteger(statement, 4, arrondissement.population());
                    setDouble(statement, 5, arrondissement.latitude());
                    setDouble(statement, 6, arrondissement.longitude());
                });
        List<Map.Entry<String, String>> arrondissementPostalCodes = arrondissements.stream()
                .flatMap(arrondissement -> arrondissement.postalCodes().stream()
                        .map(code -> Map.entry(code, arrondissement.inseeCode())))
                .toList();
        insert(connection, "INSERT INTO arrondissement_postal_code (postal_code, insee_code) VALUES (?, ?)",
                arrondissementPostalCodes, TerritoryDataMigration::setPair);

        LOG.info(() -> String.format("territory data: %d regions, %d departments, %d communes, %d commune postal codes,"
                + " %d arrondissements in %d ms", regions.size(), departments.size(), communes.size(),
                communePostalCodes.size(), arrondissements.size(), (System.nanoTime() - start) / 1_000_000));
    }

    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    static <T> void insert(Connection connection, String sql, List<T> rows, Binder<T> binder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (T row : rows) {
                binder.bind(statement, row);
                statement.addBatch();
                if (++pending == BATCH_SIZE) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
    }

    private static void setPair(PreparedStatement statement, Map.Entry<String, String> postalCodeAndInseeCode)
            throws SQLException {
        statement.setString(1, postalCodeAndInseeCode.getKey());
        statement.setString(2, postalCodeAndInseeCode.getValue());
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }
}
