package org.ocop.rules.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a catalogue's data files are read from, by the names the index gives them: the resources in this jar, or a
 * directory of a corrected edition. The files sit side by side: a name is a file name, never a path.
 */
@FunctionalInterface
interface DataFiles {

    /**
     * Opens a file.
     *
     * @param name the file's name, as the index or a version file names it
     * @return the file's bytes, to be closed by the caller; {@code null} when there is no such file
     * @throws IOException if the file is there but cannot be opened
     */
    InputStream open(String name) throws IOException;

    /** The resources under {@code root} (ending with {@code /}) of this library's class loader. */
    static DataFiles resources(String root) {
        return name -> DataFiles.class.getClassLoader().getResourceAsStream(root + name);
    }

    /**
     * The files of a directory. A name that is not a plain file name (a path such as {@code ../x.json}) is no file:
     * an index names files next to it, and reading a directory must not read outside it.
     */
    static DataFiles directory(Path directory) {
        return name -> {
            if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals("..")
                    || name.equals(".")) {
                return null;
            }
            Path file = directory.resolve(name);
            return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
        };
    }
}
