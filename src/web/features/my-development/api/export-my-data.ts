import { useMutation } from '@tanstack/react-query';
import { useCareerApi } from '../../../data/career-api-context';

/**
 * GET /me/export, handed to the browser as a JSON file. Fetched with the person's token (a plain
 * link could not carry it), then saved through an object URL that is released at once.
 */
export function useExportMyData() {
  const api = useCareerApi();
  return useMutation({
    mutationFn: async () => {
      const data = await api.exportOwnData();
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = 'career-conversations-export.json';
      link.click();
      URL.revokeObjectURL(url);
      return data.exportedAt;
    },
  });
}
