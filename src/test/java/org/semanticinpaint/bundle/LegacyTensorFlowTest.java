package org.semanticinpaint.bundle;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With org.tensorflow:libtensorflow:1.15.0 (as Fiji update sites install it) first on the class path, loading a
 * bundle is refused with instructions instead of crashing with IncompatibleClassChangeError; without it, it loads.
 */
class LegacyTensorFlowTest {

	@TempDir
	Path tmp;

	@Test
	void oldJarFirstIsDetectedWithInstructions() throws Exception {
		Path legacy = Paths.get("target/legacy-tf/libtensorflow-1.15.0.jar");
		assertTrue(Files.exists(legacy), "the build copies the legacy jar to " + legacy);
		Path bundle = TestBundles.gray(tmp.resolve("b"));
		String out = run(legacy + File.pathSeparator + classPath(), bundle);
		assertTrue(out.contains("REFUSED") && out.contains("libtensorflow-1.15.0.jar") && out.contains("jars/"), out);
		String ok = run(classPath() + File.pathSeparator + legacy, bundle);
		assertTrue(ok.contains("LOADED"), ok);
	}

	@Test
	void noProblemOnOurClassPath() {
		assertNull(TensorFlowCheck.problem());
	}

	static String classPath() throws Exception {
		return "target/test-classes" + File.pathSeparator + "target/classes" + File.pathSeparator +
			Files.readString(Paths.get("target/runtime-classpath.txt")).trim();
	}

	String run(String cp, Path bundle) throws Exception {
		Path log = Files.createTempFile(tmp, "jvm", ".log");
		Process p = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-cp", cp,
			LegacyTensorFlowProbe.class.getName(), bundle.toString()).redirectErrorStream(true).redirectOutput(log.toFile())
				.start();
		assertTrue(p.waitFor(120, TimeUnit.SECONDS));
		return Files.readString(log);
	}
}
