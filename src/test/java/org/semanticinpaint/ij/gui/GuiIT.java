package org.semanticinpaint.ij.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Starts Xvfb and, on it, a real ImageJ with the packaged plugin jar in its plugins folder ({@link GuiDriver}):
 * runs after {@code package}, from {@code mvn verify}. Screenshots go to target/gui-screenshots.
 */
class GuiIT {

	@Test
	void proposePaintRenderInARealImageJWindow() throws Exception {
		assumeTrue(onPath("Xvfb"), "Xvfb is not installed (.ci/run installs it)");
		Path target = Paths.get("target");
		Path jar;
		try (Stream<Path> s = Files.list(target)) {
			jar = s.filter(p -> p.getFileName().toString().matches("Semantic_Inpainting-[^-]+(-SNAPSHOT)?\\.jar"))
				.findFirst().orElseThrow(() -> new AssertionError("run after package: no plugin jar in target/"));
		}
		Path home = Files.createDirectories(target.resolve("gui-imagej"));
		Path plugins = Files.createDirectories(home.resolve("plugins"));
		Files.copy(jar, plugins.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
		Path shots = target.resolve("gui-screenshots");
		String display = ":" + (90 + (int) (ProcessHandle.current().pid() % 9));
		Process xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "2400x1000x24", "-nolisten", "tcp")
			.redirectErrorStream(true).redirectOutput(target.resolve("xvfb.log").toFile()).start();
		try {
			Thread.sleep(1500);
			assertTrue(xvfb.isAlive(), "Xvfb did not start; see target/xvfb.log");
			String cp = target.resolve("test-classes").toAbsolutePath() + File.pathSeparator +
				Files.readString(target.resolve("runtime-classpath.txt")).trim();
			ProcessBuilder pb = new ProcessBuilder(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
				.toString(), "-Xmx3g", "-Dplugins.dir=" + plugins.toAbsolutePath(), "-Duser.home=" +
				home.toAbsolutePath(), "-cp", cp, GuiDriver.class.getName(), shots.toString(), "em-nanoparticles"));
			pb.environment().put("DISPLAY", display);
			pb.environment().put("TF_CPP_MIN_LOG_LEVEL", "2");
			pb.redirectErrorStream(true).redirectOutput(target.resolve("gui-driver.log").toFile());
			Process driver = pb.start();
			boolean done = driver.waitFor(180, TimeUnit.SECONDS);
			if (!done) driver.destroyForcibly();
			assertTrue(done, "the GUI run took over 3 minutes; see target/gui-driver.log");
			String log = Files.readString(target.resolve("gui-driver.log"));
			System.out.println(log);
			assertEquals(0, driver.exitValue(), "GUI checks failed:\n" + log);
			assertTrue(log.contains("GUI OK"));
			for (String s : new String[] { "1-selection", "2-proposed", "3-painted", "4-rendered", "5-scratch" })
				assertTrue(Files.size(shots.resolve(s + ".png")) > 10_000, s);
		}
		finally {
			xvfb.destroy();
		}
	}

	static boolean onPath(String exe) {
		for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			if (Files.isExecutable(Paths.get(d, exe))) return true;
		return false;
	}
}
