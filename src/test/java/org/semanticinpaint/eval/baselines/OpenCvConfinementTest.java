package org.semanticinpaint.eval.baselines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** OpenCV is a provided-scope evaluation dependency: any use outside this package would break the plugin in Fiji. */
class OpenCvConfinementTest {

	@Test
	void onlyTheBaselinesPackageUsesOpenCv() throws IOException {
		Path main = Path.of("src/main/java");
		assertTrue(Files.isDirectory(main), "run from the project folder");
		Path allowed = main.resolve("org/semanticinpaint/eval/baselines");
		try (Stream<Path> files = Files.walk(main)) {
			List<Path> offenders = files.filter(f -> f.toString().endsWith(".java") && !f.startsWith(allowed))
				.filter(OpenCvConfinementTest::mentionsOpenCv).collect(Collectors.toList());
			assertEquals(List.of(), offenders);
		}
	}

	private static boolean mentionsOpenCv(Path file) {
		try {
			String s = Files.readString(file);
			return s.contains("org.opencv") || s.contains("nu.pattern");
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
