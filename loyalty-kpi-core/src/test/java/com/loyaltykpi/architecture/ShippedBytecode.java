package com.loyaltykpi.architecture;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Broadleaf's Spring 3.2 reads shipped classes with ASM 4: anything newer than Java 8 (major 52) fails its boot. Each
 * module that ships classes into a shop checks its own build output with this.
 */
public final class ShippedBytecode {

    private static final int JAVA_8 = 52;

    private ShippedBytecode() {
    }

    /** Fails unless every class in this module's {@code target/classes} is Java 8 bytecode or older. */
    public static void assertThisModuleIsJava8() throws IOException {
        Path classes = Paths.get("target", "classes");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList());
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            assertThat(majorVersion(file)).as(file.toString()).isLessThanOrEqualTo(JAVA_8);
        }
    }

    private static int majorVersion(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); DataInputStream data = new DataInputStream(in)) {
            data.readInt();
            data.readUnsignedShort();
            return data.readUnsignedShort();
        }
    }
}
