package org.semanticinpaint.ij.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import ij.IJ;
import ij.ImagePlus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticinpaint.ij.TestImages;

/** Whole or nothing: no .part left behind, an existing output kept unless overwriting, every plane written. */
class SafeTiffWriterTest {

	@TempDir
	Path tmp;

	@Test
	void writesEveryPlaneAndLeavesNoPart() throws Exception {
		ImagePlus stack = TestImages.stack16(3);
		Path out = tmp.resolve("s.tif");
		SafeTiffWriter.write(stack, out, false);
		ImagePlus back = IJ.openImage(out.toString());
		assertEquals(3, back.getStackSize());
		assertArrayEquals((short[]) stack.getStack().getPixels(3), (short[]) back.getStack().getPixels(3));
		assertEquals(0.25, back.getCalibration().pixelWidth, 1e-9);
		assertFalse(Files.exists(SafeTiffWriter.partOf(out)));
	}

	@Test
	void anExistingOutputIsKeptUnlessOverwriting() throws Exception {
		Path out = tmp.resolve("a.tif");
		Files.writeString(out, "earlier");
		assertThrows(FileAlreadyExistsException.class, () -> SafeTiffWriter.write(TestImages.micrograph8(), out, false));
		assertEquals("earlier", Files.readString(out));
		assertFalse(Files.exists(SafeTiffWriter.partOf(out)));
		SafeTiffWriter.write(TestImages.micrograph8(), out, true);
		assertEquals(8, IJ.openImage(out.toString()).getBitDepth());
	}
}
