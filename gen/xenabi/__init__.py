"""xenabi: Xen's public interface described once, everything else generated."""
