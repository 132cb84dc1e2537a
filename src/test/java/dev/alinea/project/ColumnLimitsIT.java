package dev.alinea.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.alinea.Seeds;
import dev.alinea.SharedLocalContext;
import dev.alinea.names.NameListService;
import dev.alinea.problem.UserErrorException;

/**
 * Issue 16, finding 11: what the database's columns cannot hold is refused in the user's words
 * (it was "PreparedStatementCallback; SQL [INSERT INTO document …] Value too long for column
 * FILE_NAME"), and nothing is stored.
 */
class ColumnLimitsIT extends SharedLocalContext {

    @Autowired
    ProjectService projects;

    @Autowired
    NameListService names;

    @Test
    void aFileNameTooLongToKeepIsRefusedInTheUsersWords() {
        int before = projects.projects().size();
        String longName = "a".repeat(600) + ".txt";

        assertThatThrownBy(() -> projects.createProject("Long", List.of(new SourceFile(longName, "en", Seeds.bytes(Seeds.ENGLISH))), 0))
                .isInstanceOf(UserErrorException.class).hasMessage("The file name " + "a".repeat(60) + "… is longer than 500 characters: rename the file.");
        assertThatThrownBy(() -> projects.createProject("x".repeat(201), List.of(new SourceFile(Seeds.ENGLISH, "en", Seeds.bytes(Seeds.ENGLISH))), 0))
                .isInstanceOf(UserErrorException.class).hasMessage("A project name can be at most 200 characters long; this one has 201.");
        assertThat(projects.projects()).hasSize(before);
    }

    @Test
    void aNameTooLongToKeepIsRefusedInTheUsersWords() {
        long id = projects.createProject("Names", List.of(new SourceFile(Seeds.ENGLISH, "en", Seeds.bytes(Seeds.ENGLISH))), 0);

        assertThatThrownBy(() -> names.importFile(id, "long.csv", ("en\n" + "N".repeat(600) + "\n").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UserErrorException.class).hasMessage("long.csv: the name \"" + "N".repeat(40) + "…\" is longer than 500 characters");
    }
}
