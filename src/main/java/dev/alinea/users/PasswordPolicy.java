package dev.alinea.users;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import dev.alinea.problem.UserErrorException;

/**
 * What a password must be: at least 12 characters that are not spaces, at most 72 bytes in UTF-8
 * (bcrypt reads no further, so a longer one would be cut without a word), not one character
 * repeated, not the user's name, and not one of the passwords attackers try first (the bundled
 * list, also with digits or punctuation added at the end: "password12").
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** @throws UserErrorException saying what is wrong with the password */
    static void check(String password, String username) {
        String letters = password.replaceAll("\\s", "");
        if (letters.codePointCount(0, letters.length()) < MIN_LENGTH) {
            throw new UserErrorException("A password needs at least " + MIN_LENGTH + " characters (spaces not counted).");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new UserErrorException("A password can be at most " + MAX_BYTES + " bytes long in UTF-8 (72 Latin letters, "
                    + "24 Chinese characters): this one is longer.");
        }
        String lower = letters.toLowerCase(Locale.ROOT);
        if (lower.codePoints().distinct().count() < 4) {
            throw new UserErrorException("A password needs more than a few different characters.");
        }
        if (letters.chars().allMatch(Character::isDigit)) {
            throw new UserErrorException("A password of digits only is guessed too easily: add letters or words.");
        }
        if (username.strip().length() >= 3 && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            throw new UserErrorException("A password must not contain the user name.");
        }
        if (COMMON.contains(lower) || COMMON.contains(lower.replaceAll("[\\p{N}\\p{P}\\p{S}]+$", ""))) {
            throw new UserErrorException("This password is on the list of passwords attackers try first: choose another.");
        }
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream("/users/common-passwords.txt")), StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> words.add(line.toLowerCase(Locale.ROOT).replaceAll("\\s", "")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
