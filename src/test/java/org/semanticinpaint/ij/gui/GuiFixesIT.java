package org.semanticinpaint.ij.gui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

/** {@link GuiFixesDriver} in a real ImageJ on a 1280 x 1024 Xvfb screen; screenshots in target/gui-fixes. */
class GuiFixesIT {

	@Test
	void roughEdgesOnA1280x1024Screen() throws Exception {
		assumeTrue(XvfbImageJ.xvfbInstalled(), "Xvfb is not installed (.ci/run installs it)");
		try (XvfbImageJ screen = new XvfbImageJ("gui-fixes", 80, "1280x1024x24")) {
			// a display without a window manager now and then drops a robot click on a window that was just
			// placed; a run is repeated up to twice, and every attempt's log is kept
			String text = "";
			XvfbImageJ.Run run = null;
			for (int attempt = 1; attempt <= 3 && (run == null || !run.passed()); attempt++) {
				run = screen.run(GuiFixesDriver.class, Paths.get("target", "gui-fixes").toString(), "em-nanoparticles");
				text += "--- attempt " + attempt + "\n" + run.log();
			}
			System.out.println(text);
			assertTrue(run.finished(), "the GUI run took over 3 minutes; see target/gui-fixes-driver.log");
			assertTrue(run.passed() && run.log().contains("GUI FIXES OK"), "GUI checks failed:\n" + text);
		}
	}
}
