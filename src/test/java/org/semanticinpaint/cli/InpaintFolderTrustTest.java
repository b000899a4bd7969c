package org.semanticinpaint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticinpaint.bundle.ModelCard;
import org.semanticinpaint.bundle.TestBundles;

/** A bundle without hashes: refused with one message and no stack trace; loaded with --trust. */
class InpaintFolderTrustTest {

	@TempDir
	Path tmp;

	@Test
	void trustLoadsABundleWithoutHashes() throws Exception {
		Path bundle = TestBundles.gray(tmp.resolve("own"));
		ModelCard c = ModelCard.read(bundle.resolve(ModelCard.FILE));
		c.sha256.clear();
		c.write(bundle.resolve(ModelCard.FILE));
		Path in = Files.createDirectories(tmp.resolve("in"));
		String refused = run(bundle, in, false);
		assertTrue(refused.contains("lists no SHA-256") && refused.contains("--trust"), refused);
		assertFalse(refused.contains("Exception") || refused.contains("\tat "), refused);
		// trusted, the bundle loads and the run gets as far as the (empty) input folder
		String trusted = run(bundle, in, true);
		assertTrue(trusted.contains("holds no images") && !trusted.contains("SHA-256"), trusted);
	}

	private String run(Path bundle, Path in, boolean trust) throws Exception {
		String cp = "target/test-classes" + File.pathSeparator + "target/classes" + File.pathSeparator +
			Files.readString(Paths.get("target/runtime-classpath.txt")).trim();
		List<String> cmd = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
			"-cp", cp, InpaintFolder.class.getName(), "--input", in.toString(), "--output", tmp.resolve("out").toString(),
			"--model", bundle.toString(), "--threads", "1"));
		if (trust) cmd.add("--trust");
		Path log = Files.createTempFile(tmp, "cli", ".log");
		Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		assertTrue(p.waitFor(120, TimeUnit.SECONDS), "InpaintFolder timed out");
		assertEquals(2, p.exitValue(), Files.readString(log));
		return Files.readString(log);
	}
}
