namespace Flint.Backends.Cpu;

/// <summary>A strict weak ordering: true when <paramref name="a"/> must come before <paramref name="b"/>.</summary>
internal interface IOrdering<TElement>
{
    bool Before(in TElement a, in TElement b);
}

/// <summary>
/// The unstable sort, selection and partial sort of GCC's C++ library (introsort with median-of-three pivots and a
/// final insertion sort; introselect; heap select), step for step. PyTorch's CPU sort, topk, median and mode call
/// these, and where equal values end up decides the indices they return; any other algorithm would return other
/// indices for ties. Written from the algorithms' description, in the same order of comparisons and moves.
/// </summary>
internal static class StdAlgorithms
{
    const int InsertionThreshold = 16;

    /// <summary>C++'s <c>std::sort</c>.</summary>
    public static void Sort<T, TOrder>(Span<T> items, TOrder order) where TOrder : IOrdering<T>
    {
        if (items.Length == 0) return;
        IntrosortLoop(items, 0, items.Length, 2 * FloorLog2(items.Length), order);
        FinalInsertionSort(items, order);
    }

    /// <summary>C++'s <c>std::nth_element</c>: the element that sorts to <paramref name="nth"/> moves there, smaller ones before it.</summary>
    public static void NthElement<T, TOrder>(Span<T> items, int nth, TOrder order) where TOrder : IOrdering<T>
    {
        if (items.Length == 0 || nth == items.Length) return;
        int first = 0, last = items.Length, depth = 2 * FloorLog2(items.Length);
        while (last - first > 3)
        {
            if (depth == 0)
            {
                HeapSelect(items[first..last], nth - first + 1, order);
                (items[first], items[nth]) = (items[nth], items[first]);
                return;
            }
            depth--;
            int cut = PartitionAroundMedianPivot(items, first, last, order);
            if (cut <= nth) first = cut;
            else last = cut;
        }
        InsertionSort(items[first..last], order);
    }

    /// <summary>C++'s <c>std::partial_sort</c>: the first <paramref name="middle"/> places get the smallest elements, in order.</summary>
    public static void PartialSort<T, TOrder>(Span<T> items, int middle, TOrder order) where TOrder : IOrdering<T>
    {
        HeapSelect(items, middle, order);
        SortHeap(items[..middle], order);
    }

    /// <summary>
    /// A stable sort (as <c>std::stable_sort</c>: equal elements keep their order, so the result is the same whatever the
    /// algorithm): insertion-sorted runs merged pairwise through <paramref name="buffer"/>, of the same length.
    /// </summary>
    public static void StableSort<T, TOrder>(Span<T> items, Span<T> buffer, TOrder order) where TOrder : IOrdering<T>
    {
        const int run = 16;
        for (int start = 0; start < items.Length; start += run)
            StableInsertionSort(items[start..Math.Min(items.Length, start + run)], order);
        for (int width = run; width < items.Length; width *= 2)
        {
            for (int left = 0; left < items.Length - width; left += 2 * width)
            {
                int middle = left + width, right = Math.Min(items.Length, left + 2 * width);
                if (!order.Before(items[middle], items[middle - 1])) continue;
                items[left..middle].CopyTo(buffer);
                int i = 0, j = middle, output = left, leftCount = middle - left;
                while (i < leftCount && j < right)
                    items[output++] = order.Before(items[j], buffer[i]) ? items[j++] : buffer[i++];
                while (i < leftCount) items[output++] = buffer[i++];
            }
        }
    }

    static void StableInsertionSort<T, TOrder>(Span<T> items, TOrder order) where TOrder : IOrdering<T>
    {
        for (int i = 1; i < items.Length; i++)
        {
            T value = items[i];
            int j = i;
            for (; j > 0 && order.Before(value, items[j - 1]); j--) items[j] = items[j - 1];
            items[j] = value;
        }
    }

    static int FloorLog2(int n) => 31 - int.LeadingZeroCount(n);

    static void IntrosortLoop<T, TOrder>(Span<T> items, int first, int last, int depth, TOrder order) where TOrder : IOrdering<T>
    {
        while (last - first > InsertionThreshold)
        {
            if (depth == 0)
            {
                PartialSort(items[first..last], last - first, order);
                return;
            }
            depth--;
            int cut = PartitionAroundMedianPivot(items, first, last, order);
            IntrosortLoop(items, cut, last, depth, order);
            last = cut;
        }
    }

    /// <summary>Moves the median of the second, middle and last elements to the front and partitions the rest around it.</summary>
    static int PartitionAroundMedianPivot<T, TOrder>(Span<T> items, int first, int last, TOrder order) where TOrder : IOrdering<T>
    {
        int middle = first + (last - first) / 2;
        MoveMedianToFirst(items, first, first + 1, middle, last - 1, order);
        return UnguardedPartition(items, first + 1, last, first, order);
    }

    static void MoveMedianToFirst<T, TOrder>(Span<T> items, int result, int a, int b, int c, TOrder order) where TOrder : IOrdering<T>
    {
        int median;
        if (order.Before(items[a], items[b]))
            median = order.Before(items[b], items[c]) ? b : order.Before(items[a], items[c]) ? c : a;
        else
            median = order.Before(items[a], items[c]) ? a : order.Before(items[b], items[c]) ? c : b;
        (items[result], items[median]) = (items[median], items[result]);
    }

    static int UnguardedPartition<T, TOrder>(Span<T> items, int first, int last, int pivot, TOrder order) where TOrder : IOrdering<T>
    {
        while (true)
        {
            while (order.Before(items[first], items[pivot])) first++;
            last--;
            while (order.Before(items[pivot], items[last])) last--;
            if (first >= last) return first;
            (items[first], items[last]) = (items[last], items[first]);
            first++;
        }
    }

    static void FinalInsertionSort<T, TOrder>(Span<T> items, TOrder order) where TOrder : IOrdering<T>
    {
        if (items.Length > InsertionThreshold)
        {
            InsertionSort(items[..InsertionThreshold], order);
            for (int i = InsertionThreshold; i < items.Length; i++) UnguardedLinearInsert(items, i, order);
        }
        else
        {
            InsertionSort(items, order);
        }
    }

    static void InsertionSort<T, TOrder>(Span<T> items, TOrder order) where TOrder : IOrdering<T>
    {
        for (int i = 1; i < items.Length; i++)
        {
            if (order.Before(items[i], items[0]))
            {
                T value = items[i];
                items[..i].CopyTo(items[1..]);
                items[0] = value;
            }
            else
            {
                UnguardedLinearInsert(items, i, order);
            }
        }
    }

    /// <summary>Shifts the element at <paramref name="position"/> left past every element it goes before (one is known not to).</summary>
    static void UnguardedLinearInsert<T, TOrder>(Span<T> items, int position, TOrder order) where TOrder : IOrdering<T>
    {
        T value = items[position];
        int next = position - 1;
        while (order.Before(value, items[next]))
        {
            items[position] = items[next];
            position = next;
            next--;
        }
        items[position] = value;
    }

    /// <summary>Makes the first <paramref name="middle"/> elements a max-heap of the smallest elements of all.</summary>
    static void HeapSelect<T, TOrder>(Span<T> items, int middle, TOrder order) where TOrder : IOrdering<T>
    {
        var heap = items[..middle];
        MakeHeap(heap, order);
        for (int i = middle; i < items.Length; i++)
            if (order.Before(items[i], items[0])) PopHeap(heap, ref items[i], order);
    }

    static void MakeHeap<T, TOrder>(Span<T> heap, TOrder order) where TOrder : IOrdering<T>
    {
        int length = heap.Length;
        if (length < 2) return;
        for (int parent = (length - 2) / 2; ; parent--)
        {
            AdjustHeap(heap, parent, length, heap[parent], order);
            if (parent == 0) return;
        }
    }

    /// <summary>Moves the heap's top into <paramref name="result"/> and sifts <paramref name="result"/>'s old value into the heap.</summary>
    static void PopHeap<T, TOrder>(Span<T> heap, ref T result, TOrder order) where TOrder : IOrdering<T>
    {
        T value = result;
        result = heap[0];
        AdjustHeap(heap, 0, heap.Length, value, order);
    }

    static void SortHeap<T, TOrder>(Span<T> heap, TOrder order) where TOrder : IOrdering<T>
    {
        for (int last = heap.Length - 1; last > 0; last--) PopHeap(heap[..last], ref heap[last], order);
    }

    /// <summary>Sifts the hole at <paramref name="hole"/> down to a leaf along the larger children, then pushes <paramref name="value"/> up from there.</summary>
    static void AdjustHeap<T, TOrder>(Span<T> heap, int hole, int length, T value, TOrder order) where TOrder : IOrdering<T>
    {
        int top = hole, child = hole;
        while (child < (length - 1) / 2)
        {
            child = 2 * (child + 1);
            if (order.Before(heap[child], heap[child - 1])) child--;
            heap[hole] = heap[child];
            hole = child;
        }
        if ((length & 1) == 0 && child == (length - 2) / 2)
        {
            child = 2 * (child + 1);
            heap[hole] = heap[child - 1];
            hole = child - 1;
        }
        int parent = (hole - 1) / 2;
        while (hole > top && order.Before(heap[parent], value))
        {
            heap[hole] = heap[parent];
            hole = parent;
            parent = (hole - 1) / 2;
        }
        heap[hole] = value;
    }
}
