package app.runaway.importing;

/**
 * How one export file writes what its header does not tell, decided for the whole file by {@link ExportSurvey}.
 *
 * @param decimalMark the decimal mark of its first Distance column: `.` in English (`9.75`), `,` in Italian and
 *                    Dutch (`9,62`); the other mark groups thousands (`1,250` and `1.250` are both 1250 m of swim)
 * @param dayFirst    whether a spreadsheet's slashed date (`25/06/2015 11:18`) puts the day first
 */
record ExportNotation(char decimalMark, boolean dayFirst) {

    /** What a file of this dialect writes when its rows do not tell. */
    static ExportNotation usual(ExportDialect dialect) {
        return new ExportNotation(dialect.decimalMark(), true);
    }
}
