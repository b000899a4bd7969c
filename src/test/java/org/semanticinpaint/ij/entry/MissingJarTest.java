package org.semanticinpaint.ij.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A menu entry run in a fresh JVM whose class path lacks one jar must end in exactly one message naming that jar:
 * never silence, never a stack trace. The class path is the plugin's runtime class path as Maven resolved it.
 */
class MissingJarTest {

	private static final String PLATFORM = Platform.current().name();

	@TestFactory
	Stream<DynamicTest> eachMissingJarIsNamed() {
		return Stream.of(
			new String[] { "tensorflow-core-api-1.1.0.jar", "tensorflow-core-api-1.1.0.jar" },
			new String[] { "tensorflow-core-native-1.1.0.jar", "tensorflow-core-native-1.1.0.jar" },
			new String[] { "tensorflow-core-native-1.1.0-" + PLATFORM + ".jar",
				"tensorflow-core-native-1.1.0-" + PLATFORM + ".jar" },
			new String[] { "ndarray-1.0.0.jar", "ndarray-1.0.0.jar" },
			new String[] { "javacpp-", "javacpp-1.5.10.jar" },
			new String[] { "protobuf-java-", "protobuf-java-4.32.0.jar" },
			new String[] { "imglib2-", "imglib2-*.jar" },
			new String[] { "gson-", "gson-*.jar" })
			.map(c -> DynamicTest.dynamicTest("without " + c[0], () -> {
				String out = run(cp -> without(cp, c[0]));
				assertOneMessage(out);
				assertTrue(out.contains(c[1]), out);
			}));
	}

	@Test
	void protobuf428FromOldFijiIsNamed() throws Exception {
		Path old = Paths.get(System.getProperty("user.home"), ".m2", "repository", "com", "google", "protobuf",
			"protobuf-java", "4.28.2", "protobuf-java-4.28.2.jar");
		org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(old), "protobuf-java 4.28.2 not in ~/.m2");
		String out = run(cp -> {
			List<String> l = without(cp, "protobuf-java-");
			l.add(old.toString());
			return l;
		});
		assertOneMessage(out);
		assertTrue(out.contains("protobuf-java 4.28") && out.contains("protobuf-java-4.28.2.jar"), out);
	}

	@Test
	void withEverythingTheCommandItselfAnswers() throws Exception {
		String out = run(cp -> cp);
		assertOneMessage(out);
		assertTrue(out.contains("There is no image open."), out);
	}

	@Test
	void aClassFailingLaterNamesItsJar() {
		String m = Requirements.explain(new NoClassDefFoundError("org/tensorflow/exceptions/TensorFlowException"));
		assertTrue(m.contains("tensorflow-core-api-1.1.0.jar"), m);
		m = Requirements.explain(new NoSuchMethodError("'com.google.protobuf.Internal$FloatList x()'"));
		assertTrue(m.contains("protobuf-java"), m);
	}

	private static void assertOneMessage(String out) {
		List<String> messages = out.lines().filter(l -> l.startsWith("Semantic Inpainting")).collect(Collectors.toList());
		assertEquals(1, messages.size(), out);
		assertFalse(out.contains("Exception") || out.contains("\tat ") || out.contains("Error:"), out);
		assertTrue(out.contains("probe done"), "the JVM carried on normally: " + out);
	}

	private static List<String> without(List<String> cp, String fileNamePrefix) {
		List<String> l = new ArrayList<>();
		for (String e : cp) if (!Paths.get(e).getFileName().toString().startsWith(fileNamePrefix)) l.add(e);
		assertEquals(cp.size() - 1, l.size(), "exactly one jar named " + fileNamePrefix + " in " + cp);
		return l;
	}

	/** Runs EntryProbe for Propose in a headless JVM on the chosen class path; returns its output. */
	private static String run(UnaryOperator<List<String>> classPath) throws IOException, InterruptedException {
		List<String> cp = new ArrayList<>(List.of("target/classes", "target/test-classes"));
		List<String> deps = new ArrayList<>(List.of(Files.readString(Paths.get("target/runtime-classpath.txt")).trim()
			.split(File.pathSeparator)));
		cp.addAll(classPath.apply(deps));
		Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
		Process p = new ProcessBuilder(java.toString(), "-Djava.awt.headless=true", "-cp",
			String.join(File.pathSeparator, cp), EntryProbe.class.getName(), "ProposePlugin")
			.redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes());
		assertTrue(p.waitFor(60, TimeUnit.SECONDS), "probe timed out: " + out);
		return out;
	}
}
