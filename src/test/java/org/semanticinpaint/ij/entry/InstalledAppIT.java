package org.semanticinpaint.ij.entry;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The plugin as users install it, each in a fresh JVM running a macro Inpaint ({@link MacroProbe}): a Fiji.app
 * folder as the README's install command fills it, plus the jars that used to break it (libtensorflow-1.15.0.jar
 * of CSBDeep/StarDist and Fiji 2.16/2.17's protobuf-java-4.28.2.jar), started with Fiji's class path; and a plain
 * ImageJ folder with exactly the files the README lists.
 */
class InstalledAppIT {

	private static final Path TARGET = Paths.get("target");

	@Test
	void fijiAppWithOldTensorFlowAndProtobuf428() throws Exception {
		Path protobuf428 = Paths.get(System.getProperty("user.home"), ".m2", "repository", "com", "google", "protobuf",
			"protobuf-java", "4.28.2", "protobuf-java-4.28.2.jar");
		Path legacy = TARGET.resolve("legacy-tf/libtensorflow-1.15.0.jar");
		assumeTrue(Files.isRegularFile(protobuf428) && Files.isRegularFile(legacy), "the two clashing jars");
		Path app = fresh("Fiji.app");
		Path jars = Files.createDirectories(app.resolve("jars")), natives = Files.createDirectories(jars.resolve("linux64"));
		Path plugins = Files.createDirectories(app.resolve("plugins"));
		for (Path dep : runtimeJars()) link(dep, dep.getFileName().toString().contains("-1.1.0-") ? natives : jars);
		link(protobuf428, jars);
		link(legacy, jars);
		link(pluginJar(), plugins);
		// Fiji's launcher: jars/*, then jars/<platform>/*, then plugins/*, each in name order
		List<Path> cp = new ArrayList<>();
		for (Path d : List.of(jars, natives, plugins)) cp.addAll(sortedJars(d));
		String out = probe(app, cp, plugins);
		assertTrue(out.contains("PROBE RESULT probe-inpainted 1"), out);
		assertUnpackedInto(app);
		// the measurement's control: without the isolating class loader the same folder cannot inpaint, and says why
		out = probe(app, cp, plugins, "-D" + Isolation.SWITCH + "=false");
		assertTrue(out.contains("Semantic Inpainting: The plugin cannot run with protobuf-java 4.28") &&
			!out.contains("PROBE RESULT probe-inpainted"), out);
	}

	@Test
	void plainImageJWithTheFilesTheReadmeLists() throws Exception {
		Path app = fresh("ImageJ");
		Path plugins = Files.createDirectories(app.resolve("plugins")), jars = Files.createDirectories(plugins.resolve("jars"));
		Path ij = null;
		for (Path dep : runtimeJars()) {
			String n = dep.getFileName().toString();
			if (n.startsWith("ij-")) ij = dep;
			else if (!n.startsWith("scijava-common-") && !n.startsWith("parsington-")) link(dep, jars);
		}
		link(pluginJar(), plugins);
		String out = probe(app, List.of(ij), plugins);
		assertTrue(out.contains("PROBE RESULT probe-inpainted 1"), out);
		assertUnpackedInto(app);
	}

	/** The shipped model the macro named was unpacked into the app's models/ folder (ModelsFolder). */
	private static void assertUnpackedInto(Path app) throws IOException {
		try (Stream<Path> s = Files.list(app.resolve("models"))) {
			assertTrue(s.anyMatch(d -> d.getFileName().toString().startsWith("em-nanoparticles-") &&
				Files.isRegularFile(d.resolve("model.json"))), "no em-nanoparticles in " + app.resolve("models"));
		}
	}

	/** Runs MacroProbe in {@code app} (so the shipped model comes out of the plugin jar); returns its output. */
	private static String probe(Path app, List<Path> classPath, Path plugins, String... jvmOptions)
		throws IOException, InterruptedException
	{
		List<String> cp = new ArrayList<>();
		for (Path p : classPath) cp.add(p.toAbsolutePath().toString());
		cp.add(TARGET.resolve("test-classes").toAbsolutePath().toString()); // MacroProbe: ImageJ and the JDK only
		List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
			.toString(), "-Djava.awt.headless=true", "-Dplugins.dir=" + plugins.toAbsolutePath()));
		command.addAll(List.of(jvmOptions));
		command.addAll(List.of("-cp", String.join(File.pathSeparator, cp), MacroProbe.class.getName()));
		Process p = new ProcessBuilder(command).directory(app.toFile()).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes());
		assertTrue(p.waitFor(300, TimeUnit.SECONDS), "probe timed out: " + out);
		System.out.println(out);
		assertTrue(!out.contains("Exception") && !out.contains("Error:"), out);
		return out;
	}

	private static List<Path> runtimeJars() throws IOException {
		List<Path> out = new ArrayList<>();
		for (String s : Files.readString(TARGET.resolve("runtime-classpath.txt")).trim().split(File.pathSeparator))
			out.add(Paths.get(s));
		return out;
	}

	private static Path pluginJar() throws IOException {
		try (Stream<Path> s = Files.list(TARGET)) {
			return s.filter(p -> p.getFileName().toString().matches("Semantic_Inpainting-[^-]+(-SNAPSHOT)?\\.jar"))
				.findFirst().orElseThrow(() -> new AssertionError("run after package: no plugin jar in target/"));
		}
	}

	private static Path fresh(String name) throws IOException {
		Path d = TARGET.resolve("installed").resolve(name);
		if (Files.exists(d)) try (Stream<Path> w = Files.walk(d)) {
			for (Path p : (Iterable<Path>) w.sorted(java.util.Comparator.reverseOrder())::iterator) Files.delete(p);
		}
		return Files.createDirectories(d);
	}

	/** A symbolic link, not a copy: the natives jar alone is 160 MB. */
	private static void link(Path jar, Path folder) throws IOException {
		Files.createSymbolicLink(folder.resolve(jar.getFileName()), jar.toAbsolutePath());
	}

	private static List<Path> sortedJars(Path folder) throws IOException {
		try (Stream<Path> s = Files.list(folder)) {
			return s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
		}
	}
}
