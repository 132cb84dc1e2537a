package dev.alinea.users;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Users, their password hashes and roles, and their project assignments. */
@Repository
class JdbcUserRepository {

    private final JdbcClient jdbc;

    JdbcUserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredUser(long id, String username, String passwordHash, UserRole role) {
    }

    long insert(String username, String passwordHash, UserRole role, Instant createdAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO app_user (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)")
                .params(username, passwordHash, role.name(), Timestamp.from(createdAt)).update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<StoredUser> find(String username) {
        return jdbc.sql("SELECT id, username, password_hash, role FROM app_user WHERE username = ?").param(username)
                .query((rs, n) -> new StoredUser(rs.getLong(1), rs.getString(2), rs.getString(3), UserRole.valueOf(rs.getString(4))))
                .optional();
    }

    List<StoredUser> findAll() {
        return jdbc.sql("SELECT id, username, password_hash, role FROM app_user ORDER BY username")
                .query((rs, n) -> new StoredUser(rs.getLong(1), rs.getString(2), rs.getString(3), UserRole.valueOf(rs.getString(4))))
                .list();
    }

    int count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Integer.class).single();
    }

    void updateRole(long userId, UserRole role) {
        jdbc.sql("UPDATE app_user SET role = ? WHERE id = ?").params(role.name(), userId).update();
    }

    void updatePassword(long userId, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = ? WHERE id = ?").params(passwordHash, userId).update();
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
