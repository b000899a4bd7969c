package org.semanticinpaint.ij.gui;

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

/** {@link GuiFixesDriver} in a real ImageJ on a 1280 x 1024 Xvfb screen; screenshots in target/gui-fixes. */
class GuiFixesIT {

	@Test
	void roughEdgesOnA1280x1024Screen() throws Exception {
		assumeTrue(GuiIT.onPath("Xvfb"), "Xvfb is not installed (.ci/run installs it)");
		Path target = Paths.get("target");
		Path jar;
		try (Stream<Path> s = Files.list(target)) {
			jar = s.filter(p -> p.getFileName().toString().matches("Semantic_Inpainting-[^-]+(-SNAPSHOT)?\\.jar"))
				.findFirst().orElseThrow(() -> new AssertionError("run after package: no plugin jar in target/"));
		}
		Path home = Files.createDirectories(target.resolve("gui-fixes-imagej"));
		Path plugins = Files.createDirectories(home.resolve("plugins"));
		Files.copy(jar, plugins.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
		String display = ":" + (80 + (int) (ProcessHandle.current().pid() % 9));
		Process xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
			.redirectErrorStream(true).redirectOutput(target.resolve("xvfb-fixes.log").toFile()).start();
		try {
			Thread.sleep(1500);
			assertTrue(xvfb.isAlive(), "Xvfb did not start; see target/xvfb-fixes.log");
			String cp = target.resolve("test-classes").toAbsolutePath() + File.pathSeparator +
				Files.readString(target.resolve("runtime-classpath.txt")).trim();
			ProcessBuilder pb = new ProcessBuilder(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
				.toString(), "-Xmx3g", "-Dplugins.dir=" + plugins.toAbsolutePath(), "-Duser.home=" +
				home.toAbsolutePath(), "-cp", cp, GuiFixesDriver.class.getName(), target.resolve("gui-fixes").toString(),
				"em-nanoparticles"));
			pb.environment().put("DISPLAY", display);
			pb.environment().put("TF_CPP_MIN_LOG_LEVEL", "2");
			Path log = target.resolve("gui-fixes-driver.log");
			pb.redirectErrorStream(true).redirectOutput(log.toFile());
			// a display without a window manager now and then drops a robot click on a window that was just
			// placed; a run is repeated up to twice, and every attempt's log is kept
			String text = "";
			boolean done = false, ok = false;
			for (int attempt = 1; attempt <= 3 && !ok; attempt++) {
				Process driver = pb.start();
				done = driver.waitFor(180, TimeUnit.SECONDS);
				if (!done) driver.destroyForcibly();
				text += "--- attempt " + attempt + "\n" + Files.readString(log);
				ok = done && driver.exitValue() == 0 && text.contains("GUI FIXES OK");
			}
			System.out.println(text);
			assertTrue(done, "the GUI run took over 3 minutes; see " + log);
			assertTrue(ok, "GUI checks failed:\n" + text);
		}
		finally {
			xvfb.destroy();
		}
	}
}
