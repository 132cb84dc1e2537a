package dev.alinea.reviewing;

/** How far review of a project has come: rows in all and rows confirmed. */
public record ReviewCounts(int rows, int confirmed) {

    public int unconfirmed() {
        return rows - confirmed;
    }
}
