package dev.alinea.language;

import java.util.function.UnaryOperator;

import org.tartarus.snowball.SnowballStemmer;

/** Wraps one of the Snowball stemmers that Lucene ships as a word-to-stem function. */
final class Snowball {

    private Snowball() {
    }

    /** A stemmer function over one (not thread-safe) Snowball instance. */
    static UnaryOperator<String> stemmer(SnowballStemmer snowball) {
        return word -> {
            snowball.setCurrent(word);
            snowball.stem();
            return snowball.getCurrent();
        };
    }
}
