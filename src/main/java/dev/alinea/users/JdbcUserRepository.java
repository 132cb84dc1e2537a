package dev.alinea.users;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Users, their password hashes, roles and sign-in state, and their project assignments. */
@Repository
class JdbcUserRepository {

    private static final String COLUMNS = "SELECT id, username, password_hash, role, enabled, sign_in_version, failed_sign_ins, locked_until FROM app_user ";

    private final JdbcClient jdbc;

    JdbcUserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param signInVersion grows whenever the role, the password or the account changes; a session
     *        signed in at an older version is over
     * @param lockedUntil until when sign-in is refused after failed attempts; null when it is not
     */
    record StoredUser(long id, String username, String passwordHash, UserRole role, boolean enabled, int signInVersion,
            int failedSignIns, @Nullable Instant lockedUntil) {
    }

    long insert(String username, String key, String passwordHash, UserRole role, Instant createdAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO app_user (username, username_key, password_hash, role, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(username, key, passwordHash, role.name(), Timestamp.from(createdAt)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The user whose name reads as this key ({@link UserNames#key}). */
    Optional<StoredUser> findByKey(String key) {
        return jdbc.sql(COLUMNS + "WHERE username_key = ?").param(key).query(JdbcUserRepository::user).optional();
    }

    Optional<StoredUser> findById(long id) {
        return jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query(JdbcUserRepository::user).optional();
    }

    List<StoredUser> findAll() {
        return jdbc.sql(COLUMNS + "ORDER BY username").query(JdbcUserRepository::user).list();
    }

    private static StoredUser user(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp(8);
        return new StoredUser(rs.getLong(1), rs.getString(2), rs.getString(3), UserRole.valueOf(rs.getString(4)), rs.getBoolean(5),
                rs.getInt(6), rs.getInt(7), locked == null ? null : locked.toInstant());
    }

    int count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Integer.class).single();
    }

    /** How many administrators may sign in. */
    int countEnabledAdmins() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE role = ? AND enabled = TRUE").param(UserRole.ADMIN.name()).query(Integer.class).single();
    }

    void updateRole(long userId, UserRole role) {
        jdbc.sql("UPDATE app_user SET role = ?, sign_in_version = sign_in_version + 1 WHERE id = ?").params(role.name(), userId).update();
    }

    void updatePassword(long userId, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = ?, sign_in_version = sign_in_version + 1 WHERE id = ?").params(passwordHash, userId).update();
    }

    void updateEnabled(long userId, boolean enabled) {
        jdbc.sql("UPDATE app_user SET enabled = ?, sign_in_version = sign_in_version + 1 WHERE id = ?").params(enabled, userId).update();
    }

    void delete(long userId) {
        jdbc.sql("DELETE FROM app_user WHERE id = ?").param(userId).update();
    }

    /** Counts a failed sign-in; locks the account until {@code lockUntil} when it is the {@code limit}-th in a row. */
    void recordFailure(long userId, int limit, Instant lockUntil) {
        jdbc.sql("UPDATE app_user SET failed_sign_ins = failed_sign_ins + 1 WHERE id = ?").param(userId).update();
        jdbc.sql("UPDATE app_user SET locked_until = ?, failed_sign_ins = 0 WHERE id = ? AND failed_sign_ins >= ?")
                .params(Timestamp.from(lockUntil), userId, limit).update();
    }

    void clearFailures(long userId) {
        jdbc.sql("UPDATE app_user SET failed_sign_ins = 0, locked_until = NULL WHERE id = ? AND (failed_sign_ins <> 0 OR locked_until IS NOT NULL)")
                .param(userId).update();
    }

    void assign(long projectId, long userId) {
        if (!isMember(projectId, userId)) {
            jdbc.sql("INSERT INTO project_member (project_id, user_id) VALUES (?, ?)").params(projectId, userId).update();
        }
    }

    void unassign(long projectId, long userId) {
        jdbc.sql("DELETE FROM project_member WHERE project_id = ? AND user_id = ?").params(projectId, userId).update();
    }

    boolean isMember(long projectId, long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM project_member WHERE project_id = ? AND user_id = ?").params(projectId, userId)
                .query(Integer.class).single() > 0;
    }

    List<Long> projectsOf(long userId) {
        return jdbc.sql("SELECT project_id FROM project_member WHERE user_id = ? ORDER BY project_id").param(userId).query(Long.class).list();
    }
}
