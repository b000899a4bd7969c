package org.semanticinpaint.bundle;

import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.GraphOptions;
import org.tensorflow.proto.RewriterConfig;

/** Session options: thread counts, and the grappler remapper off (it logs a harmless error during training). */
public final class TfConfig {

	private TfConfig() {}

	/** @param threads intra-op threads; 0 lets TensorFlow use every core */
	public static ConfigProto session(int threads) {
		return session(threads, true);
	}

	/**
	 * @param gpu false hides every GPU from the session (only matters with the gpu profile's natives); with
	 *            CPU natives there is nothing to hide
	 */
	public static ConfigProto session(int threads, boolean gpu) {
		ConfigProto.Builder b = ConfigProto.newBuilder();
		if (!gpu) b.putDeviceCount("GPU", 0);
		if (threads > 0) b.setIntraOpParallelismThreads(threads).setInterOpParallelismThreads(1);
		b.setGraphOptions(GraphOptions.newBuilder().setRewriteOptions(
			RewriterConfig.newBuilder().setRemapping(RewriterConfig.Toggle.OFF)));
		return b.build();
	}
}
