package dev.alinea.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.alinea.problem.UserErrorException;
import dev.alinea.review.Change;
import dev.alinea.reviewing.ChangeCodec;
import dev.alinea.storage.StoredJson;
import dev.alinea.users.AccessDeniedException;
import dev.alinea.users.ProjectAccess;

/**
 * Backs a project up as one file (gzipped JSON: documents, sentences, rows, review history, name
 * list) and restores such a file as a project. The backup is consistent: it is read in one
 * transaction that holds the project's lock, so no edit lands half-way through it. A restored
 * project keeps its rows' ids when they are free (a new server), else all its rows move by the
 * same amount, its history with them, so that undo and redo go on working.
 */
@Service
public class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);

    private final JdbcBackupRepository repository;
    private final TransactionTemplate transactions;
    private final ProjectAccess access;
    private final JsonMapper json = StoredJson.mapper();

    BackupService(JdbcBackupRepository repository, TransactionTemplate transactions, ProjectAccess access) {
        this.repository = repository;
        this.transactions = transactions;
        this.access = access;
    }

    /**
     * Writes the project as it is at one moment.
     *
     * @throws AccessDeniedException unless the caller is an administrator
     */
    public void backup(long projectId, OutputStream out) {
        access.checkAdmin("back up projects");
        ProjectBackup backup = consistentCopy(projectId);
        try (var zipped = new GZIPOutputStream(out)) {
            json.writeValue(zipped, backup);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes a project of a backup file, all or nothing.
     *
     * @param fileName the file's name, for messages
     * @return the new project's id
     * @throws UserErrorException naming the file when it is not an Alinea backup
     * @throws AccessDeniedException unless the caller is an administrator
     */
    public long restore(String fileName, InputStream in) {
        access.checkAdmin("restore projects");
        long projectId = insert(read(fileName, in), fileName);
        log.info("Restored {} as project {}", fileName, projectId);
        return projectId;
    }

    /**
     * Makes a new project of a project as it is now, to try another alignment on: the same
     * documents, rows, review history (undo goes on working) and name list, named
     * "NAME (copy)"; read as a backup is, so no edit lands half-way.
     *
     * @return the new project's id
     * @throws AccessDeniedException unless the caller is an administrator
     */
    public long duplicate(long projectId) {
        access.checkAdmin("copy projects");
        ProjectBackup original = consistentCopy(projectId);
        long copy = insert(original.named(original.name() + " (copy)"), "project " + projectId);
        log.info("Copied project {} as project {}", projectId, copy);
        return copy;
    }

    private ProjectBackup consistentCopy(long projectId) {
        return transactions.execute(status -> {
            long revision = repository.lockRevision(projectId).orElseThrow(() -> new NoSuchElementException("There is no project with id " + projectId));
            return repository.read(projectId, revision);
        });
    }

    /** Stores a backup as a new project, its history's row ids moved past those in use. */
    private long insert(ProjectBackup backup, String fileName) {
        List<Change> changes = new java.util.ArrayList<>();
        for (int k = 0; k < backup.history().size(); k++) {
            changes.add(ChangeCodec.read(backup.history().get(k).change(), fileName + ": history entry " + (k + 1)));
        }
        long shift = rowIdShift(backup, changes);
        List<String> history = new java.util.ArrayList<>();
        for (int k = 0; k < changes.size(); k++) {
            history.add(shift == 0 ? backup.history().get(k).change() : ChangeCodec.write(changes.get(k).withRowIds(id -> id + shift)));
        }
        return transactions.execute(status -> repository.insert(backup, history, shift));
    }

    /** The backup in the file, of any format version this Alinea knows; its version is checked before its content is read. */
    private ProjectBackup read(String fileName, InputStream in) {
        JsonNode tree;
        try (var unzipped = new GZIPInputStream(in)) {
            tree = json.readTree(unzipped);
        } catch (ZipException | JacksonException e) {
            throw notABackup(fileName, e);
        } catch (IOException e) {
            throw new UncheckedIOException(fileName + ": " + e.getMessage(), e);
        }
        if (!ProjectBackup.FORMAT.equals(tree.path("format").stringValue(null))) {
            log.warn("Restore of {} refused: not an Alinea project backup", fileName);
            throw new UserErrorException(fileName + ": not an Alinea project backup");
        }
        StoredJson.formatVersion(tree.get("version"), fileName, "project backup", ProjectBackup.VERSION);
        try {
            return json.treeToValue(tree, ProjectBackup.class);
        } catch (JacksonException e) {
            throw notABackup(fileName, e);
        }
    }

    private static UserErrorException notABackup(String fileName, Exception e) {
        log.warn("Restore of {} refused: not an Alinea project backup ({})", fileName, e.getMessage());
        return new UserErrorException(fileName + ": not an Alinea project backup (" + e.getMessage() + ")", e);
    }

    /**
     * How far the backup's row ids move so that none meets a row of this database: not at all when
     * they are free. The database's row numbering then starts past them. (Done before the restore's
     * transaction, as some databases commit around a change of the numbering.)
     */
    private long rowIdShift(ProjectBackup backup, List<Change> changes) {
        long highest = repository.highestRowId();
        long lowest = backup.rows().stream().mapToLong(ProjectBackup.Row::id).min().orElse(1);
        long largest = backup.rows().stream().mapToLong(ProjectBackup.Row::id).max().orElse(0);
        for (Change change : changes) {
            for (var row : change.before()) {
                lowest = Math.min(lowest, row.id());
                largest = Math.max(largest, row.id());
            }
            for (var row : change.after()) {
                lowest = Math.min(lowest, row.id());
                largest = Math.max(largest, row.id());
            }
        }
        long shift = repository.rowIdsFree(lowest, largest) ? 0 : highest + 1 - lowest;
        repository.restartRowIds(Math.max(highest, largest + shift) + 1);
        return shift;
    }
}
