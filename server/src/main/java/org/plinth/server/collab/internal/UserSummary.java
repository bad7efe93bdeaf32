package org.plinth.server.collab.internal;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** The user columns every member listing shows, read with the membership (users joined in SQL). */
record UserSummary(long id, String email, String firstname, String lastname, @Nullable String profilePicture,
        String sub, String provider, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static final String COLUMNS = """
            u.id AS u_id, u.email AS u_email, u.firstname AS u_firstname, u.lastname AS u_lastname,
            u.profile_picture AS u_profile_picture, u.sub AS u_sub, u.provider AS u_provider,
            u.created_at AS u_created_at, u.updated_at AS u_updated_at""";

    /** Reads {@link #COLUMNS}; null when the LEFT JOINed user is absent. */
    static @Nullable UserSummary read(java.sql.ResultSet rs) throws java.sql.SQLException {
        long id = rs.getLong("u_id");
        if (rs.wasNull()) {
            return null;
        }
        return new UserSummary(id, rs.getString("u_email"), rs.getString("u_firstname"), rs.getString("u_lastname"),
                rs.getString("u_profile_picture"), rs.getString("u_sub"), rs.getString("u_provider"),
                rs.getObject("u_created_at", OffsetDateTime.class), rs.getObject("u_updated_at", OffsetDateTime.class));
    }
}
