package org.semanticinpaint.eval.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * A figure of equally sized tiles in rows under column titles, e.g. "input | coarse | labels | final | ground truth
 * | Telea" with one row per test image. White background, {@link #GAP} pixels around and between tiles, titles
 * in a {@link #TITLE_HEIGHT} band on top: the PNG is {@code GAP + columns * (tileWidth + GAP)} wide and
 * {@code TITLE_HEIGHT + rows * (tileHeight + GAP)} high. Tiles may be RGB or gray; see {@link TileImages}.
 */
public final class ImageGrid {

	public static final int GAP = 4;
	public static final int TITLE_HEIGHT = 20;

	private final List<String> titles;
	private final List<BufferedImage[]> rows = new ArrayList<>();
	private int tileWidth = -1, tileHeight = -1;

	public ImageGrid(List<String> columnTitles) {
		if (columnTitles.isEmpty()) throw new IllegalArgumentException("a grid needs at least one column");
		titles = List.copyOf(columnTitles);
	}

	public ImageGrid(String... columnTitles) {
		this(List.of(columnTitles));
	}

	/** Appends a row with one tile per column, all the size of the first tile ever added. */
	public ImageGrid addRow(BufferedImage... tiles) {
		if (tiles.length != titles.size())
			throw new IllegalArgumentException(tiles.length + " tiles for " + titles.size() + " columns");
		for (BufferedImage t : tiles) {
			if (tileWidth < 0) {
				tileWidth = t.getWidth();
				tileHeight = t.getHeight();
			}
			if (t.getWidth() != tileWidth || t.getHeight() != tileHeight) throw new IllegalArgumentException("tile "
				+ t.getWidth() + "x" + t.getHeight() + " in a grid of " + tileWidth + "x" + tileHeight + " tiles");
		}
		rows.add(tiles.clone());
		return this;
	}

	public ImageGrid addRow(List<BufferedImage> tiles) {
		return addRow(tiles.toArray(new BufferedImage[0]));
	}

	public int rowCount() {
		return rows.size();
	}

	public int width() {
		requireRows();
		return GAP + titles.size() * (tileWidth + GAP);
	}

	public int height() {
		requireRows();
		return TITLE_HEIGHT + rows.size() * (tileHeight + GAP);
	}

	public BufferedImage render() {
		BufferedImage out = new BufferedImage(width(), height(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, out.getWidth(), out.getHeight());
			drawTitles(g);
			for (int r = 0; r < rows.size(); r++)
				for (int c = 0; c < titles.size(); c++)
					g.drawImage(toRgb(rows.get(r)[c]), left(c), TITLE_HEIGHT + r * (tileHeight + GAP), null);
		}
		finally {
			g.dispose();
		}
		return out;
	}

	/** Renders and writes a PNG, creating missing parent folders. */
	public void writePng(Path file) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) Files.createDirectories(parent);
		if (!ImageIO.write(render(), "png", file.toFile())) throw new IOException("no PNG writer available");
	}

	private int left(int column) {
		return GAP + column * (tileWidth + GAP);
	}

	private void drawTitles(Graphics2D g) {
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
		FontMetrics fm = g.getFontMetrics();
		int baseline = (TITLE_HEIGHT - GAP + fm.getAscent() - fm.getDescent()) / 2;
		for (int c = 0; c < titles.size(); c++) {
			String t = titles.get(c);
			// centred over its column; a title wider than the tile is clipped rather than spilling over
			Graphics2D clip = (Graphics2D) g.create(left(c), 0, tileWidth, TITLE_HEIGHT);
			try {
				clip.drawString(t, Math.max(0, (tileWidth - fm.stringWidth(t)) / 2), baseline);
			}
			finally {
				clip.dispose();
			}
		}
	}

	/**
	 * Single-band tiles are copied sample by sample: Java2D treats TYPE_BYTE_GRAY as linear light and would
	 * brighten it when drawing into sRGB.
	 */
	static BufferedImage toRgb(BufferedImage tile) {
		Raster r = tile.getRaster();
		if (r.getNumBands() != 1) return tile;
		int bits = tile.getSampleModel().getSampleSize(0);
		double scale = 255.0 / ((1L << bits) - 1);
		BufferedImage out = new BufferedImage(tile.getWidth(), tile.getHeight(), BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < tile.getHeight(); y++)
			for (int x = 0; x < tile.getWidth(); x++) {
				int v = (int) Math.round(r.getSample(x, y, 0) * scale);
				out.setRGB(x, y, v << 16 | v << 8 | v);
			}
		return out;
	}

	private void requireRows() {
		if (rows.isEmpty()) throw new IllegalStateException("the grid has no rows yet");
	}
}
