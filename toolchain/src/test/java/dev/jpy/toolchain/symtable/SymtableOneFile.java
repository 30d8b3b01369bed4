package dev.jpy.toolchain.symtable;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Exploration aid: {@code -Djpy.symtable.file=PATH} prints jpy's symtable dump of one file to stdout. */
class SymtableOneFile {
    @Test
    void dumpOneFile() throws Exception {
        String file = System.getProperty("jpy.symtable.file");
        if (file == null) {
            return;
        }
        System.out.print(SymtableDump.dump(Files.readAllBytes(Path.of(file)), file));
    }
}
