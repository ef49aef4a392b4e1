// Server errors on a form: each `error.fields[name]` goes under its Form.Item, the general
// message goes in an alert above the form, and a stale version (409 CONFLICT) offers "Tải lại".
// What the user typed is never cleared here.
import { useState } from 'react'
import { useMutation } from '@tanstack/react-query'
import { Alert, App, Button, type FormInstance } from 'antd'
import { api, ApiError, toApiError } from '../api.ts'

/** Puts the server's per-field messages on the matching registered fields; returns how many matched. */
function applyFieldErrors(form: FormInstance, error: ApiError): number {
  const registered = new Set(form.getFieldsError().map((field) => field.name.join('.')))
  const fields: { name: string; errors: string[] }[] = []
  for (const [key, message] of Object.entries(error.fields)) {
    // "memberIds.3" belongs to the field "memberIds".
    const name = [key, key.split('.')[0]!].find((candidate) => registered.has(candidate))
    if (name && !fields.some((field) => field.name === name)) fields.push({ name, errors: [message] })
  }
  form.setFields(fields)
  return fields.length
}

export function useFormProblem(form: FormInstance) {
  const [problem, setProblem] = useState<ApiError | null>(null)
  return {
    problem,
    report(error: unknown) {
      const apiError = toApiError(error)
      applyFieldErrors(form, apiError)
      setProblem(apiError)
    },
    clear: () => setProblem(null),
  }
}

export function FormProblemAlert({ problem, onReload, reloading }: { problem: ApiError | null; onReload?: () => void; reloading?: boolean }) {
  if (!problem) return null
  const conflict = problem.code === 'CONFLICT' && onReload
  return (
    <Alert
      type={conflict ? 'warning' : 'error'}
      showIcon
      role="alert"
      data-testid="form-problem"
      title={problem.message}
      description={conflict ? 'Nội dung bạn đã nhập vẫn được giữ nguyên. Bấm "Tải lại" để lấy bản mới nhất (sẽ thay nội dung trong biểu mẫu).' : undefined}
      action={
        conflict ? (
          <Button size="small" onClick={onReload} loading={reloading}>
            Tải lại
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  )
}

/** "Tải lại" after a conflict: fetch the newest version, put it in the form and forget the problem. */
export function useReloadLatest<T, V>(
  form: FormInstance<V>,
  options: { url: () => string; toValues: (fresh: T) => V; onLoaded: (fresh: T) => void; clear: () => void; report: (error: unknown) => void },
) {
  const { message } = App.useApp()
  return useMutation({
    mutationFn: () => api.get<T>(options.url()),
    onSuccess: (fresh) => {
      options.onLoaded(fresh)
      form.setFieldsValue(options.toValues(fresh) as Parameters<FormInstance<V>['setFieldsValue']>[0])
      options.clear()
      message.info('Đã tải bản mới nhất')
    },
    onError: options.report,
  })
}
