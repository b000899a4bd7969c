package org.semanticinpaint.ij.gui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An Xvfb display and an ImageJ folder whose plugins/ holds the packaged jar (run after {@code package}): the
 * setting of the GUI tests, which run a driver class in a fresh JVM on that display.
 */
final class XvfbImageJ implements AutoCloseable {

	/** What one driver run printed, and whether it finished in time and exited 0. */
	record Run(String log, boolean finished, boolean passed) {}

	private final Path target = Paths.get("target"), home;
	private final String name, display;
	private final Process xvfb;

	/**
	 * @param name names the ImageJ folder and the logs under target/
	 * @param displayBase the display numbers used are displayBase .. displayBase + 8 (two tests never share one)
	 */
	XvfbImageJ(String name, int displayBase, String screen) throws Exception {
		this.name = name;
		Path jar;
		try (Stream<Path> s = Files.list(target)) {
			jar = s.filter(p -> p.getFileName().toString().matches("Semantic_Inpainting-[^-]+(-SNAPSHOT)?\\.jar"))
				.findFirst().orElseThrow(() -> new AssertionError("run after package: no plugin jar in target/"));
		}
		home = Files.createDirectories(target.resolve(name + "-imagej"));
		Path plugins = Files.createDirectories(home.resolve("plugins"));
		Files.copy(jar, plugins.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
		display = ":" + (displayBase + (int) (ProcessHandle.current().pid() % 9));
		xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", screen, "-nolisten", "tcp").redirectErrorStream(true)
			.redirectOutput(target.resolve(name + "-xvfb.log").toFile()).start();
		Thread.sleep(1500);
		assertTrue(xvfb.isAlive(), "Xvfb did not start; see target/" + name + "-xvfb.log");
	}

	/** Runs {@code driver}'s main with {@code args} in a fresh JVM on the display, for at most 3 minutes. */
	Run run(Class<?> driver, String... args) throws Exception {
		String cp = target.resolve("test-classes").toAbsolutePath() + File.pathSeparator +
			Files.readString(target.resolve("runtime-classpath.txt")).trim();
		List<String> cmd = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
			"-Xmx3g", "-Dplugins.dir=" + home.resolve("plugins").toAbsolutePath(), "-Duser.home=" +
			home.toAbsolutePath(), "-cp", cp, driver.getName()));
		cmd.addAll(List.of(args));
		ProcessBuilder pb = new ProcessBuilder(cmd);
		pb.environment().put("DISPLAY", display);
		pb.environment().put("TF_CPP_MIN_LOG_LEVEL", "2");
		Path log = target.resolve(name + "-driver.log");
		pb.redirectErrorStream(true).redirectOutput(log.toFile());
		Process p = pb.start();
		boolean finished = p.waitFor(180, TimeUnit.SECONDS);
		if (!finished) p.destroyForcibly();
		return new Run(Files.readString(log), finished, finished && p.exitValue() == 0);
	}

	/**
	 * Runs {@code driver} with the shipped model and its screenshots into {@code shots}, prints its log, and
	 * asserts that it finished in time, passed, and said {@code ok}.
	 */
	void runChecked(Class<?> driver, Path shots, String ok) throws Exception {
		Run run = run(driver, shots.toString(), "em-nanoparticles");
		System.out.println(run.log());
		assertTrue(run.finished(), "the GUI run took over 3 minutes; see target/" + name + "-driver.log");
		assertTrue(run.passed(), "GUI checks failed:\n" + run.log());
		assertTrue(run.log().contains(ok));
	}

	static boolean xvfbInstalled() {
		for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			if (Files.isExecutable(Paths.get(d, "Xvfb"))) return true;
		return false;
	}

	@Override
	public void close() {
		xvfb.destroy();
	}
}
