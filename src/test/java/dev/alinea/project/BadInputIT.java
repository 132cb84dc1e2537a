package dev.alinea.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.alinea.DocumentFixtures;
import dev.alinea.Seeds;
import dev.alinea.TestDataDirectory;
import dev.alinea.text.ExtractionException;

/** Each kind of bad file gets one clear message naming it, and nothing of the project is stored. */
@SpringBootTest(properties = "alinea.import.max-bytes=200000")
class BadInputIT {

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        TestDataDirectory.register(registry, "bad-input-");
    }

    @Autowired
    ProjectService projects;

    static Stream<Arguments> badFiles() throws Exception {
        return Stream.of(
                Arguments.of("empty.txt", new byte[0], "empty.txt: the file contains no text"),
                Arguments.of("photo.png", DocumentFixtures.PNG, "photo.png: this is not a text document (image/png)"),
                Arguments.of("data.bin", new byte[] {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 0, 0, 7, 8, 9, 0, 0, 0},
                        "data.bin: this is not a text document (application/octet-stream)"),
                Arguments.of("locked.pdf", DocumentFixtures.pdf("Secret.", true), "locked.pdf: the file is password-protected"),
                Arguments.of("locked.docx", DocumentFixtures.encryptedDocx(), "locked.docx: the file is password-protected"),
                Arguments.of("scan.pdf", DocumentFixtures.blankPdf(), "scan.pdf: the PDF has no text layer (a scan?): run OCR on it first"),
                Arguments.of("huge.txt", "Li Lei left. ".repeat(20_000).getBytes(StandardCharsets.UTF_8),
                        "huge.txt: the file is larger than the limit of 200000 bytes"),
                Arguments.of("bomb.odt", DocumentFixtures.decompressionBomb(),
                        "bomb.odt: the file unpacks to far more than it holds (a decompression bomb?), so it is not read"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void isRefusedByNameAndNothingIsStored(String fileName, byte[] content, String message) {
        int before = projects.projects().size();
        List<SourceFile> files = List.of(new SourceFile(Seeds.ENGLISH, "en", Seeds.bytes(Seeds.ENGLISH)), new SourceFile(fileName, "id", content));

        assertThatThrownBy(() -> projects.createProject("Bad", files, 0)).isInstanceOf(ExtractionException.class).hasMessage(message);
        assertThat(projects.projects()).hasSize(before);
    }
}
