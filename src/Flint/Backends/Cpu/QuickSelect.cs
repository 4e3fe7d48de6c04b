namespace Flint.Backends.Cpu;

/// <summary>
/// The quickselect of PyTorch's CPU kthvalue (Sedgewick's partitioning, "Implementing Quicksort Programs", 1978, with
/// a median-of-three pivot), in the same order of comparisons and swaps, so that equal values return the same index.
/// NaN orders above every number.
/// </summary>
internal static class QuickSelect
{
    /// <summary>Partially orders <paramref name="items"/> so that position <paramref name="k"/> (from 0) holds the element that sorts there.</summary>
    public static Keyed<T> Select<T>(Span<Keyed<T>> items, int k) where T : unmanaged
    {
        int left = 0, right = items.Length - 1;
        while (true)
        {
            if (right <= left) return items[k];
            if (right == left + 1)
            {
                if (Above(items[left], items[right])) Swap(items, left, right);
                return items[k];
            }
            Swap(items, (left + right) >> 1, left + 1);
            if (Above(items[left + 1], items[right])) Swap(items, left + 1, right);
            if (Above(items[left], items[right])) Swap(items, left, right);
            if (Above(items[left + 1], items[left])) Swap(items, left + 1, left);

            int i = left + 1, j = right;
            var pivot = items[left];
            while (true)
            {
                do i++; while (Above(pivot, items[i]));
                do j--; while (Above(items[j], pivot));
                if (j < i) break;
                Swap(items, i, j);
            }
            Swap(items, left, j);
            if (j <= k) left = i;
            if (j >= k) right = j - 1;
        }
    }

    static bool Above<T>(in Keyed<T> a, in Keyed<T> b) where T : unmanaged => ElementOrder.GreaterNaNFirst(a.Value, b.Value);

    static void Swap<T>(Span<T> items, int i, int j) => (items[i], items[j]) = (items[j], items[i]);
}
