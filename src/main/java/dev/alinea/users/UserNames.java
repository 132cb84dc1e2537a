package dev.alinea.users;

import java.text.Normalizer;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.SpoofChecker;

import dev.alinea.problem.UserErrorException;

/**
 * User names as people read them: "ada", "Ada", "ＡＤＡ" and "аda" (with a Cyrillic а) look like one
 * name, so they are one account. A name is kept as typed (NFKC-normalised); it is found by its key,
 * the Unicode confusable skeleton (UTS #39) of its case-folded form. A name that mixes scripts
 * (Latin with Cyrillic, Greek with Latin...) is refused outright.
 */
final class UserNames {

    static final int MAX_LENGTH = 100;

    private static final SpoofChecker MIXED_SCRIPTS = new SpoofChecker.Builder()
            .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE)
            .setChecks(SpoofChecker.RESTRICTION_LEVEL | SpoofChecker.INVISIBLE | SpoofChecker.MIXED_NUMBERS).build();
    private static final SpoofChecker SKELETONS = new SpoofChecker.Builder().build();

    private UserNames() {
    }

    /**
     * The name as it is stored and shown: trimmed and NFKC-normalised.
     *
     * @throws UserErrorException when it is empty, too long, holds characters other than letters,
     *         digits, '.', '_', '@' and '-', or mixes scripts
     */
    static String normalise(String typed) {
        String name = Normalizer.normalize(typed.strip(), Normalizer.Form.NFKC);
        if (name.isEmpty() || name.length() > MAX_LENGTH || !name.matches("[\\p{L}\\p{M}\\p{N}._@-]+")) {
            throw new UserErrorException("A user name is 1 to " + MAX_LENGTH + " letters, digits, '.', '_', '@' or '-'; \"" + typed + "\" is not.");
        }
        if (MIXED_SCRIPTS.failsChecks(name)) {
            throw new UserErrorException("The user name \"" + name + "\" mixes letters of different scripts (such as Latin and Cyrillic), "
                    + "which look alike: choose a name in one script.");
        }
        return name;
    }

    /** The key two names share when they read alike; for any input (a sign-in may type anything). */
    static String key(String typed) {
        String name = Normalizer.normalize(typed.strip(), Normalizer.Form.NFKC);
        String folded = UCharacter.foldCase(name, true);
        return UCharacter.foldCase(SKELETONS.getSkeleton(folded), true);
    }
}
