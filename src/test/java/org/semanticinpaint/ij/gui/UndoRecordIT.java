package org.semanticinpaint.ij.gui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

/**
 * A render into the original and Edit>Undo in a real ImageJ on Xvfb ({@link UndoRecordDriver}): Undo leaves
 * neither the fill's pixels nor its record behind. The screenshot of the record goes to target/gui-screenshots.
 */
class UndoRecordIT {

	@Test
	void undoTakesTheRecordAwayWithThePixels() throws Exception {
		assumeTrue(XvfbImageJ.xvfbInstalled(), "Xvfb is not installed (.ci/run installs it)");
		Path shots = Paths.get("target", "gui-screenshots");
		try (XvfbImageJ screen = new XvfbImageJ("gui-undo", 70, "1600x1000x24")) {
			screen.runChecked(UndoRecordDriver.class, shots, "UNDO RECORD OK");
			assertTrue(Files.size(shots.resolve("6-in-place-record.png")) > 10_000);
		}
	}
}
