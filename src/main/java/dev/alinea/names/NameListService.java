package dev.alinea.names;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.alinea.divergence.DivergenceReport;
import dev.alinea.divergence.Entity;
import dev.alinea.divergence.NameEntry;
import dev.alinea.divergence.NameListFiles;
import dev.alinea.divergence.NameStatus;
import dev.alinea.problem.UserErrorException;
import dev.alinea.project.DocumentInfo;
import dev.alinea.project.ProjectService;
import dev.alinea.users.ProjectAccess;

/**
 * The project's name list: entities suggested from the alignment, and what the reviewer
 * confirmed, merged or rejected. Decisions are stored and drive divergence detection.
 */
@Service
public class NameListService {

    /** The most a name-list file may hold (20,000 entries take under 1 MB). */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(NameListService.class);

    private final ProjectService projects;
    private final DivergenceService divergences;
    private final JdbcNameListRepository repository;
    private final ProjectAccess access;

    NameListService(ProjectService projects, DivergenceService divergences, JdbcNameListRepository repository, ProjectAccess access) {
        this.access = access;
        this.projects = projects;
        this.divergences = divergences;
        this.repository = repository;
    }

    /** Stored decisions first (confirmed, then rejected), then the suggestions no decision covers, most mentioned first. */
    @Transactional(readOnly = true)
    public List<NameEntry> entries(long projectId) {
        access.checkRead(projectId);
        DivergenceReport report = divergences.report(projectId);
        List<String> languages = languages(projectId);
        List<NameEntry> found = report.nameList().stream().map(entity -> suggestion(entity, languages)).toList();
        List<NameEntry> decided = repository.find(projectId).stream().map(stored -> withMentions(stored.entry(), found)).toList();
        List<NameEntry> entries = new ArrayList<>(decided.stream().filter(e -> e.status() == NameStatus.CONFIRMED).toList());
        entries.addAll(decided.stream().filter(e -> e.status() == NameStatus.REJECTED).toList());
        for (NameEntry suggestion : found) {
            if (decided.stream().noneMatch(suggestion::overlaps)) {
                entries.add(suggestion);
            }
        }
        return entries;
    }

    /** Confirms an entry (replacing stored ones it overlaps). */
    @Transactional
    public void confirm(long projectId, NameEntry entry) {
        access.checkEdit(projectId);
        decide(projectId, entry.withStatus(NameStatus.CONFIRMED));
    }

    /** Rejects an entry: its renderings are not one entity. */
    @Transactional
    public void reject(long projectId, NameEntry entry) {
        access.checkEdit(projectId);
        decide(projectId, entry.withStatus(NameStatus.REJECTED));
    }

    /** Merges entries into one confirmed entity. */
    @Transactional
    public void merge(long projectId, List<NameEntry> entries) {
        access.checkEdit(projectId);
        if (entries.size() < 2) {
            throw new UserErrorException("Choose at least two entries to merge");
        }
        entries.forEach(entry -> repository.deleteOverlapping(projectId, entry));
        decide(projectId, NameEntry.merge(entries));
    }

    /**
     * Gives an entry other renderings (a spelling corrected, one added or taken away); the entry
     * is then confirmed with them, replacing the stored entries the old one overlapped.
     *
     * @param renderings per language tag, the renderings; blank ones are dropped
     * @throws UserErrorException when no rendering is left
     */
    @Transactional
    public void edit(long projectId, NameEntry entry, java.util.Map<String, List<String>> renderings) {
        access.checkEdit(projectId);
        if (renderings.values().stream().flatMap(List::stream).allMatch(String::isBlank)) {
            throw new UserErrorException("An entry needs at least one rendering: reject it instead");
        }
        repository.deleteOverlapping(projectId, entry);
        decide(projectId, new NameEntry(renderings, NameStatus.CONFIRMED, entry.mentions()));
    }

    @Transactional(readOnly = true)
    public void exportCsv(long projectId, OutputStream out) {
        access.checkRead(projectId);
        NameListFiles.writeCsv(entries(projectId), languages(projectId), out);
    }

    @Transactional(readOnly = true)
    public void exportTbx(long projectId, OutputStream out) {
        access.checkRead(projectId);
        NameListFiles.writeTbx(entries(projectId).stream().filter(e -> e.status() != NameStatus.REJECTED).toList(), out);
    }

    /**
     * Imports a CSV or TBX name list (by the file's extension); its entries become decisions.
     *
     * @return the number of entries imported
     * @throws UserErrorException naming the file and the reason when it cannot be read
     */
    @Transactional
    public int importFile(long projectId, String fileName, byte[] content) {
        checkImport(projectId);
        List<NameEntry> imported;
        try {
            imported = NameListFiles.read(fileName, new ByteArrayInputStream(content));
        } catch (UserErrorException e) {
            log.warn("Project {}: name list import refused: {}", projectId, e.getMessage());
            throw e;
        }
        imported.forEach(entry -> entry.renderings().forEach((language, texts) -> {
            if (language.length() > 35) {
                throw new UserErrorException(fileName + ": \"" + language.substring(0, 40) + "…\" is not a language tag");
            }
            texts.stream().filter(text -> text.length() > 500).findFirst().ifPresent(text -> {
                throw new UserErrorException(fileName + ": the name \"" + text.substring(0, 40) + "…\" is longer than 500 characters");
            });
        }));
        decideAll(projectId, imported);
        log.info("Project {}: imported {} names from {}", projectId, imported.size(), fileName);
        return imported.size();
    }

    /** A decided entry with the mentions of the entities found that it covers (the stored entry has no count: the text may change). */
    private static NameEntry withMentions(NameEntry decided, List<NameEntry> found) {
        int mentions = found.stream().filter(decided::overlaps).mapToInt(NameEntry::mentions).sum();
        return new NameEntry(decided.renderings(), decided.status(), mentions);
    }

    /**
     * Checks, before a file is even read, that the caller may import a name list into the project.
     *
     * @throws dev.alinea.users.AccessDeniedException unless the caller may edit the project
     */
    public void checkImport(long projectId) {
        access.checkEdit(projectId);
    }

    /**
     * Stores many decisions as {@link #decide} would one after the other (each replaces the stored
     * and earlier ones it shares a rendering with), in time linear in the entries: the stored list
     * is read once and overlaps are found through an index of renderings.
     */
    private void decideAll(long projectId, List<NameEntry> entries) {
        Map<String, Integer> owner = new java.util.HashMap<>();
        List<@org.jspecify.annotations.Nullable NameEntry> kept = new ArrayList<>();
        List<Long> storedIds = new ArrayList<>();
        List<Long> replaced = new ArrayList<>();
        for (var stored : repository.find(projectId)) {
            index(owner, stored.entry(), kept.size());
            kept.add(stored.entry());
            storedIds.add(stored.id());
        }
        for (NameEntry entry : entries) {
            for (var rendering : renderingKeys(entry)) {
                Integer previous = owner.get(rendering);
                if (previous != null && kept.get(previous) != null) {
                    renderingKeys(kept.get(previous)).forEach(owner::remove);
                    kept.set(previous, null);
                    if (previous < storedIds.size()) {
                        replaced.add(storedIds.get(previous));
                    }
                }
            }
            index(owner, entry, kept.size());
            kept.add(entry);
        }
        repository.deleteAll(replaced);
        for (int k = storedIds.size(); k < kept.size(); k++) {
            NameEntry entry = kept.get(k);
            if (entry != null) {
                repository.insert(projectId, entry);
            }
        }
    }

    private static void index(Map<String, Integer> owner, NameEntry entry, int position) {
        renderingKeys(entry).forEach(key -> owner.put(key, position));
    }

    private static List<String> renderingKeys(NameEntry entry) {
        List<String> keys = new ArrayList<>();
        entry.renderings().forEach((language, texts) -> texts.forEach(text -> keys.add(language + '\u0000' + text)));
        return keys;
    }

    private void decide(long projectId, NameEntry entry) {
        repository.deleteOverlapping(projectId, entry);
        repository.insert(projectId, entry);
    }

    private List<String> languages(long projectId) {
        return projects.project(projectId).orElseThrow(() -> new NoSuchElementException("No project with id " + projectId))
                .documents().stream().map(DocumentInfo::language).distinct().toList();
    }

    private static NameEntry suggestion(Entity entity, List<String> languages) {
        Map<String, List<String>> renderings = new LinkedHashMap<>();
        entity.renderings().forEach((document, texts) -> renderings.merge(languages.get(document), texts, (x, y) -> {
            List<String> all = new ArrayList<>(x);
            all.addAll(y);
            return all;
        }));
        return new NameEntry(renderings, NameStatus.SUGGESTED, entity.mentions());
    }
}
