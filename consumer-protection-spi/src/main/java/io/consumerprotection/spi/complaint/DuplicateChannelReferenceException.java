package io.consumerprotection.spi.complaint;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.internal.Redaction;

/**
 * A new complaint whose channel and channel reference another complaint already has. Nothing was written;
 * the caller finds the existing complaint with {@link ComplaintStore#findByChannelReference}. The message gives
 * the reference's length only: a channel reference may be a customer's number.
 */
public final class DuplicateChannelReferenceException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    private final String channel;
    private final String channelReference;

    public DuplicateChannelReferenceException(String channel, String channelReference) {
        super("DUPLICATE_CHANNEL_REFERENCE", "a complaint with channel " + Redaction.code(channel)
                + " and this channel reference (" + Redaction.shape(channelReference)
                + ") already exists; nothing was written");
        this.channel = channel;
        this.channelReference = channelReference;
    }

    public String channel() {
        return channel;
    }

    public String channelReference() {
        return channelReference;
    }
}
