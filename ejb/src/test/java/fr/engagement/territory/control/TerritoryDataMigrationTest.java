package fr.engagement.territory.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

class TerritoryDataMigrationTest {

    @Test
    void runsAfterTheSchemaAsVersion1_1() {
        TerritoryDataMigration migration = new TerritoryDataMigration();
        assertThat(migration.getVersion()).isEqualTo(MigrationVersion.fromVersion("1.1"));
        assertThat(migration.getVersion()).isGreaterThan(MigrationVersion.fromVersion("1"));
        assertThat(migration.getVersion()).isLessThan(MigrationVersion.fromVersion("1.2"));
        assertThat(migration.getDescription()).isEqualTo("territory data");
        assertThat(migration.canExecuteInTransaction()).isTrue();
    }

    @Test
    void checksumIsStableAndCoversTheData() {
        assertThat(new TerritoryDataMigration().getChecksum()).isEqualTo(new TerritoryDataMigration().getChecksum()).isNotZero();
    }
}
