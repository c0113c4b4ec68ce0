package org.openimr.library;

/** Test access to package-private parts of the open data export. */
public final class OpenDataExportAccess {

    private OpenDataExportAccess() {
    }

    public static String csvField(String text) {
        return OpenDataExport.csvField(text);
    }
}
