package org.semanticinpaint.data.masks;

import java.util.Random;

/**
 * Irregular free-form masks as in DeepFill v2 / the paper: a few brush strokes, each a random walk of thick line
 * segments with round joints (scratches, dust trails, hand-drawn selections).
 */
public final class FreeFormMasks implements MaskGenerator {

	private final int maxStrokes, maxVertices;
	private final double maxWidthFraction;

	public FreeFormMasks() {
		this(4, 10, 0.08);
	}

	/** @param maxWidthFraction largest brush width relative to the image side */
	public FreeFormMasks(int maxStrokes, int maxVertices, double maxWidthFraction) {
		this.maxStrokes = maxStrokes;
		this.maxVertices = maxVertices;
		this.maxWidthFraction = maxWidthFraction;
	}

	@Override
	public float[] generate(int w, int h, Random r) {
		float[] m = new float[w * h];
		int side = Math.min(w, h);
		int strokes = 1 + r.nextInt(maxStrokes);
		for (int s = 0; s < strokes; s++) {
			double x = r.nextInt(w), y = r.nextInt(h);
			double width = Math.max(3, side * maxWidthFraction * (0.3 + 0.7 * r.nextDouble()));
			int vertices = 2 + r.nextInt(maxVertices - 1);
			double angle = r.nextDouble() * 2 * Math.PI;
			for (int v = 0; v < vertices; v++) {
				angle += (r.nextDouble() - 0.5) * Math.PI * 0.8;
				double len = side * (0.05 + 0.15 * r.nextDouble());
				double nx = Math.max(0, Math.min(w - 1, x + len * Math.cos(angle)));
				double ny = Math.max(0, Math.min(h - 1, y + len * Math.sin(angle)));
				segment(m, w, h, x, y, nx, ny, width / 2);
				x = nx;
				y = ny;
			}
		}
		return m;
	}

	/** Every pixel within radius of the segment (a capsule) becomes missing. */
	public static void segment(float[] m, int w, int h, double x0, double y0, double x1, double y1, double radius) {
		int minX = (int) Math.max(0, Math.floor(Math.min(x0, x1) - radius));
		int maxX = (int) Math.min(w - 1, Math.ceil(Math.max(x0, x1) + radius));
		int minY = (int) Math.max(0, Math.floor(Math.min(y0, y1) - radius));
		int maxY = (int) Math.min(h - 1, Math.ceil(Math.max(y0, y1) + radius));
		double dx = x1 - x0, dy = y1 - y0, len2 = dx * dx + dy * dy;
		for (int y = minY; y <= maxY; y++)
			for (int x = minX; x <= maxX; x++) {
				double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / len2));
				double px = x0 + t * dx - x, py = y0 + t * dy - y;
				if (px * px + py * py <= radius * radius) m[y * w + x] = 1f;
			}
	}
}
