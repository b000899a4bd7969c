package org.semanticinpaint.ij.gui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

/**
 * Starts Xvfb and, on it, a real ImageJ with the packaged plugin jar in its plugins folder ({@link GuiDriver}):
 * runs after {@code package}, from {@code mvn verify}. Screenshots go to target/gui-screenshots.
 */
class GuiIT {

	@Test
	void proposePaintRenderInARealImageJWindow() throws Exception {
		assumeTrue(XvfbImageJ.xvfbInstalled(), "Xvfb is not installed (.ci/run installs it)");
		Path shots = Paths.get("target", "gui-screenshots");
		try (XvfbImageJ screen = new XvfbImageJ("gui", 90, "2400x1000x24")) {
			screen.runChecked(GuiDriver.class, shots, "GUI OK");
			for (String s : new String[] { "1-selection", "2-proposed", "3-painted", "4-rendered", "5-scratch" })
				assertTrue(Files.size(shots.resolve(s + ".png")) > 10_000, s);
		}
	}
}
