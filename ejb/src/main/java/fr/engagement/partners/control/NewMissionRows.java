package fr.engagement.partners.control;

import fr.engagement.partners.entity.PartnerMission;
import fr.engagement.partners.entity.PartnerMissionAddress;
import fr.engagement.partners.entity.StringListConverter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Inserts the new missions of a feed chunk, with their addresses and activity labels, as multi-row statements: a
 * first import of 100,000 missions is 300,000 rows. Through JPA each row was its own statement (an address's
 * generated id forbids batching) and EclipseLink built every row field by field; this sends a few hundred rows per
 * statement. The missions are entities built and written in memory ({@link PartnerMission#write} keeps their
 * invariants and the address copies), never persisted: the rows are read from their getters, so the entity stays
 * the one place where a mission's columns are decided. Values are written as EclipseLink writes them (instants as
 * {@link Timestamp}, lists through {@link StringListConverter}, first version 1).
 */
public final class NewMissionRows {

    /** Rows per statement: far below MariaDB's 65,535 placeholders and its packet size for long descriptions. */
    static final int ROWS_PER_STATEMENT = 200;

    private static final StringListConverter LISTS = new StringListConverter();

    private static final List<Column<PartnerMission>> MISSION = List.of(
            col("id", PartnerMission::getId), col("publisher_id", PartnerMission::getPublisherId),
            col("client_id", PartnerMission::getClientId),
            col("organization_id", m -> m.getOrganization() == null ? null : m.getOrganization().getId()),
            col("source_mission_id", PartnerMission::getSourceMissionId), col("title", PartnerMission::getTitle),
            col("description", PartnerMission::getDescription),
            col("description_html", PartnerMission::getDescriptionHtml),
            col("application_url", PartnerMission::getApplicationUrl), col("image", PartnerMission::getImage),
            col("type", PartnerMission::getType), col("domain", PartnerMission::getDomain),
            col("domain_original", PartnerMission::getDomainOriginal), list("tags", PartnerMission::getTags),
            list("tasks", PartnerMission::getTasks), list("audience", PartnerMission::getAudience),
            list("soft_skills", PartnerMission::getSoftSkills), list("requirements", PartnerMission::getRequirements),
            list("rome_skills", PartnerMission::getRomeSkills), col("remote", PartnerMission::getRemote),
            col("schedule", PartnerMission::getSchedule), col("duration", PartnerMission::getDuration),
            col("posted_at", PartnerMission::getPostedAt), col("start_at", PartnerMission::getStartAt),
            col("end_at", PartnerMission::getEndAt), col("priority", PartnerMission::getPriority),
            col("metadata", PartnerMission::getMetadata), col("places", PartnerMission::getPlaces),
            col("places_status", PartnerMission::getPlacesStatus), col("snu", PartnerMission::isSnu),
            col("snu_places", PartnerMission::getSnuPlaces), col("open_to_minors", PartnerMission::getOpenToMinors),
            col("reduced_mobility_accessible", PartnerMission::getReducedMobilityAccessible),
            col("close_to_transport", PartnerMission::getCloseToTransport),
            col("compensation_amount", PartnerMission::getCompensationAmount),
            col("compensation_amount_max", PartnerMission::getCompensationAmountMax),
            col("compensation_unit", PartnerMission::getCompensationUnit),
            col("compensation_type", PartnerMission::getCompensationType),
            col("status_code", PartnerMission::getStatusCode), col("status_comment", PartnerMission::getStatusComment),
            col("content_hash", PartnerMission::getContentHash), col("last_sync_at", PartnerMission::getLastSyncAt),
            col("deleted_at", PartnerMission::getDeletedAt), col("created_at", PartnerMission::getCreatedAt),
            col("updated_at", PartnerMission::getUpdatedAt), col("version", m -> 1));

    private static final List<Column<PartnerMissionAddress>> ADDRESS = List.of(
            owner("mission_id"), col("position", PartnerMissionAddress::getPosition),
            col("street", PartnerMissionAddress::getStreet), col("postal_code", PartnerMissionAddress::getPostalCode),
            col("city", PartnerMissionAddress::getCity),
            col("department_code", PartnerMissionAddress::getDepartmentCode),
            col("department_name", PartnerMissionAddress::getDepartmentName),
            col("region", PartnerMissionAddress::getRegion), col("country", PartnerMissionAddress::getCountry),
            col("latitude", PartnerMissionAddress::getLatitude),
            col("longitude", PartnerMissionAddress::getLongitude),
            col("geoloc_status", PartnerMissionAddress::getGeolocStatus), col("live", PartnerMissionAddress::isLive),
            col("publisher_id", PartnerMissionAddress::getPublisherId),
            col("organization_id", PartnerMissionAddress::getOrganizationId),
            col("domain", PartnerMissionAddress::getDomain), col("start_at", PartnerMissionAddress::getStartAt));

    private record Column<T>(String name, Function<Owned<T>, Object> value) {}

    private record Owned<T>(String missionId, T row) {}

    private NewMissionRows() {}

    /** Inserts the missions (none of them stored yet) on the transaction's connection. */
    public static void insert(Connection connection, List<PartnerMission> missions) throws SQLException {
        if (missions.isEmpty()) {
            return;
        }
        rows(connection, "partner_mission", MISSION, missions.stream().map(m -> new Owned<>(m.getId(), m)).toList());
        List<Owned<PartnerMissionAddress>> addresses = new ArrayList<>();
        List<Owned<String>> labels = new ArrayList<>();
        for (PartnerMission m : missions) {
            m.getAddresses().forEach(a -> addresses.add(new Owned<>(m.getId(), a)));
            m.getActivities().forEach(l -> labels.add(new Owned<>(m.getId(), l)));
        }
        rows(connection, "partner_mission_address", ADDRESS, addresses);
        rows(connection, "partner_mission_activity", List.of(owner("mission_id"), col("label", l -> l)),
                labels);
    }

    /** The rows, {@link #ROWS_PER_STATEMENT} to a statement. */
    private static <T> void rows(Connection connection, String table, List<Column<T>> columns, List<Owned<T>> rows)
            throws SQLException {
        String head = "INSERT INTO " + table + " (" + String.join(", ", columns.stream().map(Column::name).toList())
                + ") VALUES ";
        String tuple = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Owned<T>> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            try (PreparedStatement insert = connection.prepareStatement(head
                    + String.join(", ", Collections.nCopies(part.size(), tuple)))) {
                int i = 1;
                for (Owned<T> row : part) {
                    for (Column<T> column : columns) {
                        bind(insert, i++, column.value().apply(row));
                    }
                }
                insert.executeUpdate();
            }
        }
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Instant instant) {
            statement.setTimestamp(index, Timestamp.from(instant));
        } else {
            statement.setObject(index, value);
        }
    }

    private static <T> Column<T> col(String name, Function<T, Object> value) {
        return new Column<>(name, owned -> value.apply(owned.row()));
    }

    /** The id of the mission an address or a label belongs to. */
    private static <T> Column<T> owner(String name) {
        return new Column<>(name, Owned::missionId);
    }

    private static Column<PartnerMission> list(String name, Function<PartnerMission, List<String>> value) {
        return col(name, m -> LISTS.convertToDatabaseColumn(value.apply(m)));
    }
}
