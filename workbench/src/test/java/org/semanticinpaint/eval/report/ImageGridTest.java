package org.semanticinpaint.eval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageGridTest {

	@Test
	void pngHasTheDocumentedSizeAndTilesWhereExpected(@TempDir Path dir) throws IOException {
		BufferedImage red = solid(32, 24, BufferedImage.TYPE_INT_RGB, 0xff0000);
		BufferedImage gray = solid(32, 24, BufferedImage.TYPE_BYTE_GRAY, 0x404040);
		ImageGrid grid = new ImageGrid("input", "final", "Telea").addRow(red, gray, red).addRow(gray, red, gray);
		Path file = dir.resolve("figs/grid.png");
		grid.writePng(file);
		BufferedImage png = ImageIO.read(file.toFile());
		// 4 + 3 * (32 + 4) by 20 + 2 * (24 + 4)
		assertEquals(112, png.getWidth());
		assertEquals(76, png.getHeight());
		int x1 = ImageGrid.GAP + 36, y1 = ImageGrid.TITLE_HEIGHT;
		assertEquals(0x404040, png.getRGB(x1, y1) & 0xffffff, "gray tile kept its value");
		assertEquals(0xff0000, png.getRGB(x1 + 31, y1 + 24 + 4 + 23) & 0xffffff, "row 2, column 2 is red");
		assertEquals(0xffffff, png.getRGB(1, 1) & 0xffffff, "white margin");
	}

	@Test
	void titlesAreDrawnInTheTopBand() {
		BufferedImage t = solid(60, 10, BufferedImage.TYPE_INT_RGB, 0xffffff);
		BufferedImage img = new ImageGrid("ground truth").addRow(t).render();
		boolean dark = false;
		for (int y = 0; y < ImageGrid.TITLE_HEIGHT; y++)
			for (int x = 0; x < img.getWidth(); x++) dark |= (img.getRGB(x, y) & 0xff) < 128;
		assertTrue(dark, "no title text drawn");
	}

	@Test
	void rejectsMismatchedTiles() {
		ImageGrid grid = new ImageGrid("a", "b");
		BufferedImage small = solid(8, 8, BufferedImage.TYPE_INT_RGB, 0), large = solid(9, 8, BufferedImage.TYPE_INT_RGB, 0);
		assertThrows(IllegalArgumentException.class, () -> grid.addRow(small));
		assertThrows(IllegalArgumentException.class, () -> grid.addRow(small, large));
		assertThrows(IllegalStateException.class, grid::render);
	}

	private static BufferedImage solid(int w, int h, int type, int rgb) {
		BufferedImage img = new BufferedImage(w, h, type);
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				if (type == BufferedImage.TYPE_BYTE_GRAY) img.getRaster().setSample(x, y, 0, rgb & 0xff);
				else img.setRGB(x, y, rgb);
		return img;
	}
}
