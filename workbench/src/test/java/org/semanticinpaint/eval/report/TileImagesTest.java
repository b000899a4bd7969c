package org.semanticinpaint.eval.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;
import org.semanticinpaint.data.DatasetSpec;

class TileImagesTest {

	@Test
	void pixelsMapTheDisplayRangeTo8Bit() {
		// [-1, 1] gray: -1 -> 0, 0 -> 128 (127.5 rounded), 1 -> 255, 3 clipped, NaN black
		float[] gray = { -1, 0, 1, 3, Float.NaN, 0 };
		BufferedImage t = TileImages.fromPixels(gray, 3, 2, 1, -1, 1);
		assertEquals(0x000000, t.getRGB(0, 0) & 0xffffff);
		assertEquals(0x808080, t.getRGB(1, 0) & 0xffffff);
		assertEquals(0xffffff, t.getRGB(2, 0) & 0xffffff);
		assertEquals(0xffffff, t.getRGB(0, 1) & 0xffffff);
		assertEquals(0x000000, t.getRGB(1, 1) & 0xffffff);
		BufferedImage rgb = TileImages.fromPixels(new float[] { 255, 0, 51 }, 1, 1, 3, 0, 255);
		assertEquals(0xff0033, rgb.getRGB(0, 0) & 0xffffff);
	}

	@Test
	void labelsUseThePaletteAndIgnoreIsBlack() {
		int[] palette = TileImages.palette(DatasetSpec.FLUORESCENT_NUCLEI.classes());
		assertArrayEquals(new int[] { 0x282828, 0x00c8ff }, palette);
		BufferedImage t = TileImages.fromLabels(new byte[] { 0, 1, (byte) 255 }, 3, 1, palette);
		assertEquals(0x282828, t.getRGB(0, 0) & 0xffffff);
		assertEquals(0x00c8ff, t.getRGB(1, 0) & 0xffffff);
		assertEquals(0x000000, t.getRGB(2, 0) & 0xffffff);
	}

	@Test
	void holeIsPaintedOnACopy() {
		BufferedImage t = TileImages.fromPixels(new float[] { 10, 20 }, 2, 1, 1, 0, 255);
		BufferedImage input = TileImages.withHole(t, new boolean[] { false, true }, 0xffffff);
		assertEquals(0x0a0a0a, input.getRGB(0, 0) & 0xffffff);
		assertEquals(0xffffff, input.getRGB(1, 0) & 0xffffff);
		assertEquals(0x141414, t.getRGB(1, 0) & 0xffffff, "original untouched");
	}
}
