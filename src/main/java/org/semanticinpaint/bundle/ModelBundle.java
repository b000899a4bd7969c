package org.semanticinpaint.bundle;

import java.nio.file.Path;

import org.tensorflow.SavedModelBundle;
import org.tensorflow.SessionFunction;

/** A validated bundle held in memory: its card and its three loaded networks. Close it to free native memory. */
public final class ModelBundle implements AutoCloseable {

	private final Path dir;
	private final ModelCard card;
	private final SavedModelBundle inpaint, segment, decode;

	ModelBundle(Path dir, ModelCard card, SavedModelBundle inpaint, SavedModelBundle segment, SavedModelBundle decode) {
		this.dir = dir;
		this.card = card;
		this.inpaint = inpaint;
		this.segment = segment;
		this.decode = decode;
	}

	public Path dir() {
		return dir;
	}

	public ModelCard card() {
		return card;
	}

	public SessionFunction inpaint() {
		return inpaint.function(NetSignatures.KEY);
	}

	public SessionFunction segment() {
		return segment.function(NetSignatures.KEY);
	}

	public SessionFunction decode() {
		return decode.function(NetSignatures.KEY);
	}

	/** The raw SavedModels, for reading weights back (resuming training). */
	public SavedModelBundle inpaintModel() {
		return inpaint;
	}

	public SavedModelBundle segmentModel() {
		return segment;
	}

	public SavedModelBundle decodeModel() {
		return decode;
	}

	@Override
	public void close() {
		inpaint.close();
		segment.close();
		decode.close();
	}
}
